package org.learningcommons.learning;

import static org.learningcommons.shared.Checks.requireBetween;
import static org.learningcommons.shared.Checks.requireText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.util.Objects;

/**
 * A lesson (a page, a video link, a file or an external link) or a quiz, at its place in a module.
 * Required items must be done (lessons) or passed (quizzes) for the course to be complete. The body
 * is HTML that has already passed the sanitiser.
 */
@Entity
@Table(name = "course_item")
public class CourseItem {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 200_000;
  public static final int MAX_URL = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "module_id", nullable = false)
  private long moduleId;

  @Column(name = "course_id", nullable = false, updatable = false)
  private long courseId;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8, updatable = false)
  private ItemKind kind;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  private String body;

  @Column(length = MAX_URL)
  private String url;

  @Column(name = "attachment_id")
  private Long attachmentId;

  @Column(nullable = false)
  private boolean required;

  @Column(name = "pass_mark")
  private Integer passMark;

  @Column(name = "attempt_limit")
  private Integer attemptLimit;

  protected CourseItem() {}

  /** A lesson; pages need a body, videos and links an http(s) address, files an attachment. */
  public static CourseItem lesson(
      CourseModule module,
      int position,
      ItemKind kind,
      String title,
      String body,
      String url,
      Long attachmentId,
      boolean required) {
    if (!Objects.requireNonNull(kind, "kind").isLesson()) {
      throw new IllegalArgumentException("A quiz is made with CourseItem.quiz");
    }
    CourseItem item = new CourseItem(module, position, kind, title, required);
    item.rewrite(title, body, url, attachmentId, required);
    return item;
  }

  /** A quiz: passed with {@code passMark} percent, in at most {@code attemptLimit} attempts. */
  public static CourseItem quiz(
      CourseModule module,
      int position,
      String title,
      String introduction,
      int passMark,
      Integer attemptLimit,
      boolean required) {
    CourseItem item = new CourseItem(module, position, ItemKind.QUIZ, title, required);
    item.body = introduction == null || introduction.isBlank() ? null : introduction;
    item.setQuizRules(passMark, attemptLimit);
    return item;
  }

  private CourseItem(
      CourseModule module, int position, ItemKind kind, String title, boolean required) {
    this.moduleId = module.getId();
    this.courseId = module.getCourseId();
    this.position = position;
    this.kind = kind;
    this.title = requireText(title, "title", MAX_TITLE);
    this.required = required;
  }

  /** Replaces a lesson's content. */
  public void rewrite(String title, String body, String url, Long attachmentId, boolean required) {
    if (kind == ItemKind.QUIZ) {
      throw new IllegalArgumentException("A quiz changes through its rules and questions");
    }
    this.title = requireText(title, "title", MAX_TITLE);
    String text = body == null || body.isBlank() ? null : body;
    if (text != null && text.length() > MAX_BODY) {
      throw new IllegalArgumentException("body is longer than " + MAX_BODY + " characters");
    }
    switch (kind) {
      case PAGE -> {
        if (text == null) {
          throw new IllegalArgumentException("A page needs a text");
        }
        url = null;
        attachmentId = null;
      }
      case VIDEO, LINK -> {
        url = requireWebAddress(url);
        attachmentId = null;
      }
      case FILE -> {
        if (attachmentId == null) {
          throw new IllegalArgumentException("A file lesson needs a file");
        }
        url = null;
      }
      default -> throw new IllegalStateException(kind.name());
    }
    this.body = text;
    this.url = url;
    this.attachmentId = attachmentId;
    this.required = required;
  }

  /** Changes a quiz's title, introduction and rules. */
  public void reviseQuiz(
      String title, String introduction, int passMark, Integer attemptLimit, boolean required) {
    if (kind != ItemKind.QUIZ) {
      throw new IllegalArgumentException("Only a quiz has a pass mark");
    }
    this.title = requireText(title, "title", MAX_TITLE);
    this.body = introduction == null || introduction.isBlank() ? null : introduction;
    this.required = required;
    setQuizRules(passMark, attemptLimit);
  }

  /** Moves the item to another place, possibly in another module of the same course. */
  public void moveTo(CourseModule module, int position) {
    if (module.getCourseId() != courseId) {
      throw new IllegalArgumentException("An item stays in its course");
    }
    this.moduleId = module.getId();
    this.position = position;
  }

  /** Whether {@code score} percent passes this quiz. */
  public boolean passes(int score) {
    return kind == ItemKind.QUIZ && score >= passMark;
  }

  /** Whether a learner who has used {@code attemptsUsed} attempts may start another. */
  public boolean allowsAttempt(int attemptsUsed) {
    return kind == ItemKind.QUIZ && (attemptLimit == null || attemptsUsed < attemptLimit);
  }

  private void setQuizRules(int passMark, Integer attemptLimit) {
    this.passMark = requireBetween(passMark, 0, 100, "pass mark");
    this.attemptLimit =
        attemptLimit == null ? null : requireBetween(attemptLimit, 1, 100, "attempt limit");
  }

  private static String requireWebAddress(String url) {
    String text = requireText(url, "address", MAX_URL);
    try {
      URI uri = URI.create(text);
      String scheme = uri.getScheme();
      if (uri.getHost() == null
          || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
        throw new IllegalArgumentException("The address must be an http or https URL");
      }
      return text;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The address must be an http or https URL", e);
    }
  }

  public Long getId() {
    return id;
  }

  public long getModuleId() {
    return moduleId;
  }

  public long getCourseId() {
    return courseId;
  }

  public int getPosition() {
    return position;
  }

  public ItemKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getUrl() {
    return url;
  }

  public Long getAttachmentId() {
    return attachmentId;
  }

  public boolean isRequired() {
    return required;
  }

  public Integer getPassMark() {
    return passMark;
  }

  public Integer getAttemptLimit() {
    return attemptLimit;
  }
}
