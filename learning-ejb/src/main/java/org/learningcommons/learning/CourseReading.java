package org.learningcommons.learning;

import static org.learningcommons.infrastructure.persistence.NativeRows.string;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.discussion.Attachment;
import org.learningcommons.discussion.FileContent;
import org.learningcommons.discussion.StoredFiles;
import org.learningcommons.learning.CourseViews.CourseView;
import org.learningcommons.learning.CourseViews.ItemContent;
import org.learningcommons.learning.CourseViews.ItemView;
import org.learningcommons.learning.CourseViews.ModuleView;
import org.learningcommons.learning.CourseViews.MyProgress;
import org.learningcommons.learning.LearnerState.QuizTally;
import org.learningcommons.people.Role;

/**
 * Reading a course: its page (description, content in order, the caller's progress) for everybody
 * who may see it, and a lesson's content for its learners, its owner, HR and administrators. A page
 * costs a fixed number of statements, however long the course.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class CourseReading {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;

  /** The course page; not found when the caller may not see the course. */
  public CourseView course(long courseId) {
    Course course = gate.course(courseId);
    String me = gate.caller();
    List<CourseModule> modules =
        em.createQuery(
                "select m from CourseModule m where m.courseId = :c order by m.position, m.id",
                CourseModule.class)
            .setParameter("c", courseId)
            .getResultList();
    List<CourseItem> items = LearnerState.items(em, courseId);
    Enrolment enrolment = LearnerState.shown(em, courseId, me);
    Set<Long> done = LearnerState.done(em, enrolment);
    Map<Long, QuizTally> tallies = LearnerState.tallies(em, enrolment);
    Map<Long, List<ItemView>> byModule = new LinkedHashMap<>();
    for (CourseItem item : items) {
      QuizTally tally = tallies.getOrDefault(item.getId(), new QuizTally(0, null));
      byModule
          .computeIfAbsent(item.getModuleId(), k -> new ArrayList<>())
          .add(
              new ItemView(
                  item.getId(),
                  item.getModuleId(),
                  item.getPosition(),
                  item.getKind(),
                  item.getTitle(),
                  item.isRequired(),
                  item.getPassMark(),
                  item.getAttemptLimit(),
                  done.contains(item.getId()),
                  tally.best(),
                  tally.used()));
    }
    List<ModuleView> moduleViews =
        modules.stream()
            .map(
                m ->
                    new ModuleView(
                        m.getId(),
                        m.getPosition(),
                        m.getTitle(),
                        List.copyOf(byModule.getOrDefault(m.getId(), List.of()))))
            .toList();
    MyProgress progress =
        enrolment == null
            ? null
            : new MyProgress(
                enrolment.getId(),
                enrolment.getStatus(),
                enrolment.getOrigin(),
                enrolment.getDueAt(),
                enrolment.getStatus() == EnrolmentStatus.COMPLETED
                    ? 100
                    : CourseCompletionRule.percentDone(items, done),
                done.stream().sorted().toList());
    boolean active = enrolment != null && enrolment.isActive();
    boolean mayEnrol =
        !active
            && course.isOpen()
            && course.isSelfEnrol()
            && (course.isFor(gate.callerDepartment()) || gate.mayManage(course));
    return new CourseView(
        course.getId(),
        course.getTitle(),
        course.getSummary(),
        course.getCategory(),
        course.getTags().stream().sorted().toList(),
        course.getAudienceDepartments().stream().sorted().toList(),
        course.getDurationMinutes(),
        course.getFormat(),
        course.getStatus(),
        course.isSelfEnrol(),
        course.getValidityMonths(),
        course.getRenewalWindowDays(),
        course.getOwner(),
        gate.names(List.of(course.getOwner())).getOrDefault(course.getOwner(), course.getOwner()),
        course.getCommunityId(),
        course.getAverageRating(),
        course.getRatingCount(),
        course.getVersion(),
        moduleViews,
        progress,
        gate.mayManage(course),
        mayEnrol);
  }

  /**
   * One item with its content. Not found for a course the caller may not see (or an item not of
   * it); not permitted ("enrol first") when they see the course but are not its learner.
   */
  public ItemContent item(long courseId, long itemId) {
    Course course = gate.course(courseId);
    CourseItem item = em.find(CourseItem.class, itemId);
    if (item == null || item.getCourseId() != courseId) {
      throw new NotFoundException("item", itemId);
    }
    Enrolment enrolment = requireReader(course);
    List<CourseItem> items = LearnerState.items(em, courseId);
    int index = items.indexOf(item);
    Set<Long> done = LearnerState.done(em, enrolment);
    QuizTally tally =
        item.getKind() == ItemKind.QUIZ
            ? LearnerState.tallies(em, enrolment).getOrDefault(itemId, new QuizTally(0, null))
            : new QuizTally(0, null);
    String fileName = null;
    if (item.getAttachmentId() != null) {
      List<?> names =
          em.createNativeQuery("select file_name from attachment where id = ?1")
              .setParameter(1, item.getAttachmentId())
              .getResultList();
      fileName = names.isEmpty() ? null : string(names.get(0));
    }
    return new ItemContent(
        courseId,
        course.getTitle(),
        itemId,
        item.getKind(),
        item.getTitle(),
        item.getBody(),
        item.getUrl(),
        fileName,
        item.isRequired(),
        item.getPassMark(),
        item.getAttemptLimit(),
        done.contains(itemId),
        index > 0 ? items.get(index - 1).getId() : null,
        index >= 0 && index < items.size() - 1 ? items.get(index + 1).getId() : null,
        enrolment != null && enrolment.isActive(),
        tally.used(),
        tally.best());
  }

  /** The file of a file lesson, for the same people as {@link #item}. */
  public FileContent file(long courseId, long itemId) {
    Course course = gate.course(courseId);
    CourseItem item = em.find(CourseItem.class, itemId);
    if (item == null || item.getCourseId() != courseId || item.getAttachmentId() == null) {
      throw new NotFoundException("file", itemId);
    }
    requireReader(course);
    Attachment attachment = em.find(Attachment.class, item.getAttachmentId());
    if (attachment == null) {
      throw new NotFoundException("file", itemId);
    }
    return StoredFiles.content(attachment);
  }

  /**
   * The caller's enrolment when they may open the course's content: learners (active or completed),
   * the owner, HR and administrators (who may have none: null).
   */
  private Enrolment requireReader(Course course) {
    Enrolment enrolment = LearnerState.shown(em, course.getId(), gate.caller());
    boolean learner = enrolment != null && enrolment.getStatus() != EnrolmentStatus.WITHDRAWN;
    if (!learner && !gate.mayManage(course)) {
      throw new NotPermittedException(
          "refusal.course.enrolFirst", "Enrol on the course first to open its lessons.");
    }
    return learner ? enrolment : null;
  }
}
