package org.learningcommons.learning;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.learning.CourseViews.EnrolmentView;
import org.learningcommons.learning.CourseViews.ProgressView;
import org.learningcommons.people.Role;

/**
 * A learner's own steps: enrolling on an open course, leaving it again, and marking lessons done.
 * Everything is checked against what is stored (the course, the item, the active enrolment), so a
 * forged request completes nothing; the enrolment row is locked while progress changes, so two
 * requests never both (or neither) complete a course.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class LearnerProgress {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;
  @EJB EnrolmentRecorder enrolments;
  @EJB CompletionRecorder completions;

  /**
   * Enrols the caller on a published course open to self-enrolment in their audience; an active
   * enrolment is returned as it is ({@code created} false).
   */
  public EnrolmentView enrol(long courseId) {
    Course course = gate.course(courseId);
    String me = gate.caller();
    // Two clicks of "Enrol" at once: the second waits here and then finds the first's enrolment.
    em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1, hashtext(?2))) l")
        .setParameter(1, (int) courseId)
        .setParameter(2, me)
        .getSingleResult();
    Enrolment active = gate.activeEnrolment(courseId);
    if (active != null) {
      return EnrolmentView.of(active, false);
    }
    if (!course.isOpen()) {
      throw new CourseConflictException(
          "refusal.course.closed", "This course takes no new learners.");
    }
    if (!course.isSelfEnrol()) {
      throw new NotPermittedException(
          "refusal.course.noSelfEnrol",
          "Learners are enrolled on this course by their manager or HR; you cannot enrol"
              + " yourself.");
    }
    if (!course.isFor(gate.callerDepartment()) && !gate.mayManage(course)) {
      throw new NotPermittedException(
          "refusal.course.notAudience", "This course is for other departments.");
    }
    return EnrolmentView.of(enrolments.enrol(course, me, EnrolmentOrigin.SELF, me, null), true);
  }

  /** Ends the caller's own enrolment; one made by a manager, HR or a rule stays. */
  public void leave(long courseId) {
    gate.course(courseId);
    Enrolment enrolment = LearnerState.lockedActive(em, courseId, gate.caller());
    if (enrolment == null) {
      throw new NotFoundException("enrolment", courseId);
    }
    if (enrolment.getOrigin() != EnrolmentOrigin.SELF) {
      throw new NotPermittedException(
          "refusal.course.assigned",
          "You were enrolled by your manager, HR or a rule: ask them to withdraw you.");
    }
    enrolment.withdraw(Instant.now());
  }

  /**
   * Marks a lesson of the course done for the caller's active enrolment (again: no change);
   * completes the course when it was the last thing to do.
   */
  public ProgressView markDone(long courseId, long itemId) {
    Course course = gate.course(courseId);
    CourseItem item = em.find(CourseItem.class, itemId);
    if (item == null || item.getCourseId() != courseId) {
      throw new NotFoundException("item", itemId);
    }
    if (item.getKind() == ItemKind.QUIZ) {
      throw new RejectedInputException(
          "item", "refusal.course.quizNotMarked", "A quiz is done by passing it.");
    }
    Enrolment enrolment = requireActive(courseId);
    Instant now = Instant.now();
    enrolment.start(now);
    LearnerState.markDone(em, enrolment, itemId, now);
    return LearnerState.completeIfDone(em, completions, course, enrolment, now);
  }

  private Enrolment requireActive(long courseId) {
    Enrolment enrolment = LearnerState.lockedActive(em, courseId, gate.caller());
    if (enrolment == null) {
      throw new NotPermittedException(
          "refusal.course.enrolFirst", "Enrol on the course first to open its lessons.");
    }
    return enrolment;
  }
}
