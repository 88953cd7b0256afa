package org.learningcommons.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.learningcommons.shared.Checks;

/**
 * HR's rule that a course is mandatory for everyone, or for a department, role, title or directory
 * group, due a number of days after the assignment or after the person's hire. Evaluating the rules
 * turns them into assignments (with history) and enrolments; the matching here is the reference for
 * the set-based SQL that evaluation runs.
 */
@Entity
@Table(name = "assignment_rule")
public class AssignmentRule {

  public static final int MAX_VALUE = 255;
  public static final int MAX_DUE_DAYS = 3650;
  public static final Set<String> ROLES = Set.of("STAFF", "MANAGER", "HR", "ADMIN");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false)
  private long courseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RuleScope scope;

  @Column(length = MAX_VALUE)
  private String value;

  @Column(name = "due_days", nullable = false)
  private int dueDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "due_from", nullable = false, length = 16)
  private DueFrom dueFrom;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Version private long version;

  protected AssignmentRule() {}

  /**
   * @throws CourseStateException when the course is not published
   * @throws IllegalArgumentException when the scope's value is missing or wrong
   */
  public AssignmentRule(
      Course course,
      RuleScope scope,
      String value,
      int dueDays,
      DueFrom dueFrom,
      boolean active,
      String by,
      Instant now) {
    this.createdBy = Checks.requireName(by, "created by");
    this.createdAt = Objects.requireNonNull(now);
    change(course, scope, value, dueDays, dueFrom, active, by, now);
  }

  /** Changes what the rule says; the next evaluation brings its assignments in line. */
  public void change(
      Course course,
      RuleScope scope,
      String value,
      int dueDays,
      DueFrom dueFrom,
      boolean active,
      String by,
      Instant now) {
    requireNotDeleted();
    if (course.getStatus() != CourseStatus.PUBLISHED) {
      throw new CourseStateException(
          course.getStatus(), "Only a published course can be made mandatory");
    }
    this.courseId = course.getId();
    this.scope = Objects.requireNonNull(scope, "scope");
    this.value = checkedValue(scope, value);
    this.dueDays = Checks.requireBetween(dueDays, 0, MAX_DUE_DAYS, "due days");
    this.dueFrom = Objects.requireNonNull(dueFrom, "due from");
    this.active = active;
    this.updatedBy = Checks.requireName(by, "updated by");
    this.updatedAt = now;
  }

  /** Deletes the rule; it stays for the history of its assignments, which evaluation removes. */
  public void delete(String by, Instant now) {
    requireNotDeleted();
    this.active = false;
    this.deletedAt = now;
    this.updatedBy = Checks.requireName(by, "deleted by");
    this.updatedAt = now;
  }

  /** Whether the rule, active, assigns its course to a person with these facts. */
  public boolean matches(PersonFacts person) {
    if (!active || deletedAt != null || !person.active()) {
      return false;
    }
    return switch (scope) {
      case EVERYONE -> true;
      case DEPARTMENT ->
          value.equalsIgnoreCase(Objects.requireNonNullElse(person.department(), ""));
      case TITLE -> value.equalsIgnoreCase(Objects.requireNonNullElse(person.title(), ""));
      case ROLE -> person.roles().contains(value);
      case GROUP -> person.groups().stream().anyMatch(value::equalsIgnoreCase);
    };
  }

  /**
   * When training assigned at {@code assignedAt} is due: {@code dueDays} after the assignment, or
   * after the hire date (UTC midnight) when the rule counts from hire. A due date already past (an
   * old hire) stays past: the training is overdue at once, as HR asked.
   *
   * @param hireDate the person's hire date; null when unknown, then counted from {@code
   *     firstSeenAt}
   */
  public Instant dueAt(Instant assignedAt, LocalDate hireDate, Instant firstSeenAt) {
    Instant from =
        dueFrom == DueFrom.ASSIGNMENT
            ? assignedAt
            : hireDate != null ? hireDate.atStartOfDay(ZoneOffset.UTC).toInstant() : firstSeenAt;
    return Objects.requireNonNull(from, "start").plus(Duration.ofDays(dueDays));
  }

  private static String checkedValue(RuleScope scope, String value) {
    if (!scope.needsValue()) {
      if (value != null && !value.isBlank()) {
        throw new IllegalArgumentException("A rule for everyone takes no value");
      }
      return null;
    }
    String checked = Checks.requireText(value, "value", MAX_VALUE);
    if (scope == RuleScope.ROLE) {
      checked = checked.toUpperCase(Locale.ROOT);
      if (!ROLES.contains(checked)) {
        throw new IllegalArgumentException("role must be one of STAFF, MANAGER, HR, ADMIN");
      }
    }
    return checked;
  }

  private void requireNotDeleted() {
    if (deletedAt != null) {
      throw new IllegalStateException("The rule was deleted");
    }
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getCourseId() {
    return courseId;
  }

  public RuleScope getScope() {
    return scope;
  }

  public String getValue() {
    return value;
  }

  public int getDueDays() {
    return dueDays;
  }

  public DueFrom getDueFrom() {
    return dueFrom;
  }

  public boolean isActive() {
    return active;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }

  public long getVersion() {
    return version;
  }
}
