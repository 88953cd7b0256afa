package org.learningcommons.learning;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.discussion.Attachment;
import org.learningcommons.discussion.AttachmentSettings;
import org.learningcommons.discussion.AttachmentView;
import org.learningcommons.discussion.StoredFiles;
import org.learningcommons.infrastructure.html.RichTextSanitizer;
import org.learningcommons.learning.CourseDrafts.LessonDraft;
import org.learningcommons.learning.CourseDrafts.OptionDraft;
import org.learningcommons.learning.CourseDrafts.QuestionDraft;
import org.learningcommons.learning.CourseDrafts.QuizDraft;
import org.learningcommons.learning.QuizViews.QuestionEditView;
import org.learningcommons.people.Role;

/**
 * Writing courses: HR and administrators create them (and own them); the owner, HR and
 * administrators describe them, build their modules, lessons and quizzes, publish, retire and hand
 * them over. Every change locks the course row, so two authors' edits never interleave; a
 * description saved over a newer one is refused (409).
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class CourseAuthoring {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;
  @EJB CourseCommunities communities;
  @Inject AuditTrail audit;
  @Inject AttachmentSettings attachmentSettings;

  /** A new draft owned by the caller (HR and administrators only). */
  @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
  public long create(@NotNull CourseDescription description) {
    Course course = checked(() -> new Course(description, gate.caller(), Instant.now()));
    em.persist(course);
    em.flush();
    return course.getId();
  }

  /**
   * Replaces the catalogue description.
   *
   * @param version the version the author edited; null to skip the check (scripts)
   */
  public void describe(long courseId, Long version, @NotNull CourseDescription description) {
    Course course = gate.courseToManage(courseId);
    if (version != null && version != course.getVersion()) {
      throw new RejectedInputException(
          "version",
          "refusal.course.stale",
          "Somebody else changed the course meanwhile: reload it and make your change again.");
    }
    inState(
        () ->
            checked(
                () -> {
                  course.describe(description, Instant.now());
                  return course;
                }));
  }

  /** Makes another active member of staff the owner. Audited. */
  public void handOver(long courseId, @NotNull String newOwner) {
    Course course = gate.courseToManage(courseId);
    String username = newOwner.strip().toLowerCase(Locale.ROOT);
    boolean active =
        !em.createNativeQuery("select 1 from staff_member where username = ?1 and active")
            .setParameter(1, username)
            .getResultList()
            .isEmpty();
    if (!active) {
      throw new RejectedInputException(
          "owner", "refusal.course.ownerUnknown", "There is no active member of staff " + username);
    }
    String previous = course.getOwner();
    if (previous.equals(username)) {
      return;
    }
    Instant now = Instant.now();
    course.handOver(username, now);
    audit.record(
        new AuditEvent(
            now,
            gate.caller(),
            AuditAction.COURSE_OWNER_CHANGED,
            "course " + courseId,
            null,
            previous + " -> " + username));
  }

  /**
   * Puts a draft in the catalogue: it needs at least one item, and every quiz a question. The first
   * publication makes the course's community. Audited.
   */
  public void publish(long courseId) {
    Course course = gate.courseToManage(courseId);
    long items =
        em.createQuery("select count(i) from CourseItem i where i.courseId = :c", Long.class)
            .setParameter("c", courseId)
            .getSingleResult();
    if (items == 0) {
      throw new CourseConflictException(
          "refusal.course.empty", "A course needs at least one lesson or quiz to be published.");
    }
    List<String> emptyQuizzes =
        em.createQuery(
                "select i.title from CourseItem i where i.courseId = :c"
                    + " and i.kind = org.learningcommons.learning.ItemKind.QUIZ and not exists"
                    + " (select q.id from QuizQuestion q where q.itemId = i.id)",
                String.class)
            .setParameter("c", courseId)
            .getResultList();
    if (!emptyQuizzes.isEmpty()) {
      throw new CourseConflictException(
          "refusal.course.emptyQuiz",
          "Every quiz needs at least one question: " + String.join(", ", emptyQuizzes) + ".");
    }
    Instant now = Instant.now();
    inState(
        () -> {
          course.publish(now);
          return course;
        });
    if (course.getCommunityId() == null) {
      communities.open(course);
    }
    audit.record(
        new AuditEvent(
            now,
            gate.caller(),
            AuditAction.COURSE_PUBLISHED,
            "course " + courseId,
            null,
            course.getTitle()));
  }

  /** Takes a published course out of the catalogue; its history stays. Audited. */
  public void retire(long courseId) {
    Course course = gate.courseToManage(courseId);
    Instant now = Instant.now();
    inState(
        () -> {
          course.retire(now);
          return course;
        });
    audit.record(
        new AuditEvent(
            now,
            gate.caller(),
            AuditAction.COURSE_RETIRED,
            "course " + courseId,
            null,
            course.getTitle()));
  }

  /** Adds a module at the end. */
  public long addModule(long courseId, @NotNull String title) {
    Course course = editable(courseId);
    List<CourseModule> modules = modules(courseId);
    CourseModule module = checked(() -> new CourseModule(course, modules.size() + 1, title));
    em.persist(module);
    em.flush();
    return module.getId();
  }

  public void renameModule(long courseId, long moduleId, @NotNull String title) {
    editable(courseId);
    CourseModule module = module(courseId, moduleId);
    checked(
        () -> {
          module.rename(title);
          return module;
        });
  }

  /** Moves the module to {@code position} (1 is first); the others close up around it. */
  public void moveModule(long courseId, long moduleId, int position) {
    editable(courseId);
    CourseModule module = module(courseId, moduleId);
    List<CourseModule> modules = new ArrayList<>(modules(courseId));
    modules.remove(module);
    modules.add(clamp(position, modules.size() + 1) - 1, module);
    for (int i = 0; i < modules.size(); i++) {
      modules.get(i).moveTo(i + 1);
    }
  }

  /** Removes the module with its items (and learners' progress on them). */
  public void removeModule(long courseId, long moduleId) {
    editable(courseId);
    CourseModule module = module(courseId, moduleId);
    em.createQuery("delete from CourseItem i where i.moduleId = :m")
        .setParameter("m", moduleId)
        .executeUpdate();
    em.remove(module);
    em.flush();
    List<CourseModule> rest = modules(courseId);
    for (int i = 0; i < rest.size(); i++) {
      rest.get(i).moveTo(i + 1);
    }
  }

  /** Adds a lesson at the end of the module; a page's text is sanitised. */
  public long addLesson(long courseId, long moduleId, @NotNull LessonDraft draft) {
    editable(courseId);
    CourseModule module = module(courseId, moduleId);
    requireFile(courseId, draft);
    int position = itemCount(moduleId) + 1;
    CourseItem item =
        checked(
            () ->
                CourseItem.lesson(
                    module,
                    position,
                    draft.kind(),
                    draft.title(),
                    RichTextSanitizer.sanitize(draft.body()),
                    draft.url(),
                    draft.attachmentId(),
                    draft.required()));
    em.persist(item);
    em.flush();
    return item.getId();
  }

  /** Replaces a lesson's title and content (its kind stays). */
  public void updateLesson(long courseId, long itemId, @NotNull LessonDraft draft) {
    editable(courseId);
    CourseItem item = item(courseId, itemId);
    if (draft.kind() != null && draft.kind() != item.getKind()) {
      throw new RejectedInputException(
          "kind", "refusal.course.kindFixed", "An item keeps its kind; add a new one instead.");
    }
    requireFile(courseId, draft);
    checked(
        () -> {
          item.rewrite(
              draft.title(),
              RichTextSanitizer.sanitize(draft.body()),
              draft.url(),
              draft.attachmentId(),
              draft.required());
          return item;
        });
  }

  /** Adds a quiz at the end of the module; questions follow with {@link #addQuestion}. */
  public long addQuiz(long courseId, long moduleId, @NotNull QuizDraft draft) {
    editable(courseId);
    CourseModule module = module(courseId, moduleId);
    int position = itemCount(moduleId) + 1;
    CourseItem item =
        checked(
            () ->
                CourseItem.quiz(
                    module,
                    position,
                    draft.title(),
                    RichTextSanitizer.sanitize(draft.introduction()),
                    draft.passMark(),
                    draft.attemptLimit(),
                    draft.required()));
    em.persist(item);
    em.flush();
    return item.getId();
  }

  public void updateQuiz(long courseId, long itemId, @NotNull QuizDraft draft) {
    editable(courseId);
    CourseItem item = item(courseId, itemId);
    checked(
        () -> {
          item.reviseQuiz(
              draft.title(),
              RichTextSanitizer.sanitize(draft.introduction()),
              draft.passMark(),
              draft.attemptLimit(),
              draft.required());
          return item;
        });
  }

  /** Moves an item to {@code position} (1 is first) in a module of the same course. */
  public void moveItem(long courseId, long itemId, long moduleId, int position) {
    editable(courseId);
    CourseItem item = item(courseId, itemId);
    CourseModule target = module(courseId, moduleId);
    long source = item.getModuleId();
    List<CourseItem> items = new ArrayList<>(items(moduleId));
    items.remove(item);
    int index = clamp(position, items.size() + 1) - 1;
    items.add(index, item);
    item.moveTo(target, index + 1);
    for (int i = 0; i < items.size(); i++) {
      items.get(i).moveTo(target, i + 1);
    }
    if (source != moduleId) {
      renumber(source);
    }
  }

  /** Removes an item with its questions and learners' progress on it. */
  public void removeItem(long courseId, long itemId) {
    editable(courseId);
    CourseItem item = item(courseId, itemId);
    long moduleId = item.getModuleId();
    em.remove(item);
    em.flush();
    renumber(moduleId);
  }

  /** Adds a question at the end of the quiz. */
  public long addQuestion(long courseId, long itemId, @NotNull QuestionDraft draft) {
    editable(courseId);
    CourseItem quiz = item(courseId, itemId);
    int position = questions(itemId).size() + 1;
    QuizQuestion question =
        checked(() -> new QuizQuestion(quiz, position, draft.kind(), draft.text(), options(draft)));
    em.persist(question);
    em.flush();
    return question.getId();
  }

  public void updateQuestion(long courseId, long questionId, @NotNull QuestionDraft draft) {
    editable(courseId);
    QuizQuestion question = question(courseId, questionId);
    checked(
        () -> {
          question.rewrite(draft.kind(), draft.text(), options(draft));
          return question;
        });
  }

  public void removeQuestion(long courseId, long questionId) {
    editable(courseId);
    QuizQuestion question = question(courseId, questionId);
    long itemId = question.getItemId();
    em.remove(question);
    em.flush();
    List<QuizQuestion> rest = questions(itemId);
    for (int i = 0; i < rest.size(); i++) {
      rest.get(i).moveTo(i + 1);
    }
  }

  /** A quiz's questions with their right answers, for its authors. */
  public List<QuestionEditView> questionsToEdit(long courseId, long itemId) {
    Course course = gate.course(courseId);
    if (!gate.mayManage(course)) {
      throw new org.learningcommons.community.NotPermittedException(
          "refusal.course.notOwner", "Only the course's owner, HR or an administrator changes it.");
    }
    item(courseId, itemId);
    return questions(itemId).stream()
        .map(
            q ->
                new QuestionEditView(
                    q.getId(),
                    q.getPosition(),
                    q.getKind(),
                    q.getText(),
                    q.getOptions().stream()
                        .map(o -> new OptionDraft(o.getText(), o.isCorrect()))
                        .toList()))
        .toList();
  }

  /**
   * Stores a file for a file lesson of the course (its authors only); type and size are checked as
   * for every upload. The lesson links it with {@link #addLesson} or {@link #updateLesson}.
   */
  public AttachmentView upload(
      long courseId,
      @NotNull @Size(min = 1, max = 255, message = "The file needs a name.") String fileName,
      @NotNull byte[] content) {
    editable(courseId);
    Attachment attachment =
        StoredFiles.checked(null, gate.caller(), fileName, content, attachmentSettings.maxBytes());
    em.persist(attachment);
    em.flush();
    return new AttachmentView(
        attachment.getId(),
        attachment.getFileName(),
        attachment.getContentType(),
        attachment.getSizeBytes(),
        attachment.isImage());
  }

  /** A file lesson links a file uploaded for a course, by the caller or already on this course. */
  private void requireFile(long courseId, LessonDraft draft) {
    if (draft.kind() != ItemKind.FILE && draft.attachmentId() == null) {
      return;
    }
    if (draft.attachmentId() == null) {
      return;
    }
    boolean usable =
        !em.createNativeQuery(
                "select 1 from attachment a where a.id = ?1 and a.community_id is null"
                    + " and (a.uploaded_by = ?2 or exists (select 1 from course_item i"
                    + " where i.attachment_id = a.id and i.course_id = ?3))")
            .setParameter(1, draft.attachmentId())
            .setParameter(2, gate.caller())
            .setParameter(3, courseId)
            .getResultList()
            .isEmpty();
    if (!usable) {
      throw new RejectedInputException(
          "attachmentId", "refusal.course.file", "Upload the file for this course first.");
    }
  }

  /** The course for a change of its content: managed by the caller and not retired. */
  private Course editable(long courseId) {
    Course course = gate.courseToManage(courseId);
    if (course.getStatus() == CourseStatus.RETIRED) {
      throw new CourseConflictException(
          "refusal.course.retired", "A retired course no longer changes.");
    }
    return course;
  }

  private List<CourseModule> modules(long courseId) {
    return em.createQuery(
            "select m from CourseModule m where m.courseId = :c order by m.position, m.id",
            CourseModule.class)
        .setParameter("c", courseId)
        .getResultList();
  }

  private CourseModule module(long courseId, long moduleId) {
    CourseModule module = em.find(CourseModule.class, moduleId);
    if (module == null || module.getCourseId() != courseId) {
      throw new NotFoundException("module", moduleId);
    }
    return module;
  }

  private List<CourseItem> items(long moduleId) {
    return em.createQuery(
            "select i from CourseItem i where i.moduleId = :m order by i.position, i.id",
            CourseItem.class)
        .setParameter("m", moduleId)
        .getResultList();
  }

  private int itemCount(long moduleId) {
    return em.createQuery("select count(i) from CourseItem i where i.moduleId = :m", Long.class)
        .setParameter("m", moduleId)
        .getSingleResult()
        .intValue();
  }

  private void renumber(long moduleId) {
    List<CourseItem> rest = items(moduleId);
    if (rest.isEmpty()) {
      return;
    }
    CourseModule module = em.find(CourseModule.class, moduleId);
    for (int i = 0; i < rest.size(); i++) {
      rest.get(i).moveTo(module, i + 1);
    }
  }

  private CourseItem item(long courseId, long itemId) {
    CourseItem item = em.find(CourseItem.class, itemId);
    if (item == null || item.getCourseId() != courseId) {
      throw new NotFoundException("item", itemId);
    }
    return item;
  }

  private List<QuizQuestion> questions(long itemId) {
    return em.createQuery(
            "select q from QuizQuestion q where q.itemId = :i order by q.position, q.id",
            QuizQuestion.class)
        .setParameter("i", itemId)
        .setHint("eclipselink.batch", "q.options")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  private QuizQuestion question(long courseId, long questionId) {
    QuizQuestion question = em.find(QuizQuestion.class, questionId);
    if (question == null) {
      throw new NotFoundException("question", questionId);
    }
    item(courseId, question.getItemId());
    return question;
  }

  private static List<QuizOption> options(QuestionDraft draft) {
    List<QuizOption> options = new ArrayList<>();
    for (OptionDraft option : draft.options()) {
      if (option == null) {
        throw new IllegalArgumentException("option must not be blank");
      }
      options.add(new QuizOption(option.text(), option.correct()));
    }
    return options;
  }

  private static int clamp(int position, int max) {
    return Math.max(1, Math.min(position, max));
  }

  /** Runs a step the course's status may refuse: a conflict (409). */
  private static <T> T inState(Supplier<T> step) {
    try {
      return step.get();
    } catch (CourseStateException e) {
      throw new CourseConflictException("refusal.course.status", e.getMessage() + ".");
    }
  }

  /** Runs a change the entities check; a broken rule is rejected input naming its field. */
  static <T> T checked(Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      String message = e.getMessage() == null ? "A required value is missing" : e.getMessage();
      throw new RejectedInputException(field(message), "refusal.course.rule", message + ".");
    }
  }

  private static String field(String message) {
    String first = message.split(" ", 2)[0].toLowerCase(Locale.ROOT);
    return switch (first) {
      case "title",
          "summary",
          "category",
          "tag",
          "department",
          "duration",
          "validity",
          "body",
          "address",
          "question",
          "option",
          "owner",
          "kind",
          "format" ->
          first;
      default -> "input";
    };
  }
}
