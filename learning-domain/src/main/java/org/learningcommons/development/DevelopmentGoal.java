package org.learningcommons.development;

import static org.learningcommons.shared.Checks.optionalText;
import static org.learningcommons.shared.Checks.requireName;
import static org.learningcommons.shared.Checks.requireText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A development goal a person sets themselves, with a target date and a status. Only its owner
 * changes it; managers above them and HR comment on it ({@link GoalComment}).
 */
@Entity
@Table(name = "development_goal")
public class DevelopmentGoal {

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 4_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(length = MAX_DESCRIPTION)
  private String description;

  @Column(name = "target_date")
  private LocalDate targetDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private GoalStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected DevelopmentGoal() {}

  /** A new open goal; its target date, if any, is not in the past. */
  public DevelopmentGoal(String username, GoalDetails details, LocalDate today, Instant now) {
    this.username = requireName(username, "owner");
    this.status = GoalStatus.OPEN;
    this.createdAt = Objects.requireNonNull(now);
    describe(details, today, null, now);
  }

  /**
   * Changes what the goal says while it is open or in progress. A target date already passed may
   * stay; a new one is not in the past.
   */
  public void revise(GoalDetails details, LocalDate today, Instant now) {
    if (status.isClosed()) {
      throw new GoalStatusException(status, "An achieved or dropped goal is reopened first");
    }
    describe(details, today, targetDate, now);
  }

  /**
   * Moves the goal to {@code next}; see {@link GoalStatus#next()}. The same status is no change.
   */
  public void moveTo(GoalStatus next, Instant now) {
    Objects.requireNonNull(next, "status");
    if (next == status) {
      return;
    }
    if (!status.next().contains(next)) {
      throw new GoalStatusException(status, "A goal that is " + status + " cannot become " + next);
    }
    status = next;
    closedAt = next.isClosed() ? now : null;
    updatedAt = now;
  }

  /** Whether the target date has passed while the goal is still open or in progress. */
  public boolean isOverdue(LocalDate today) {
    return !status.isClosed() && targetDate != null && targetDate.isBefore(today);
  }

  private void describe(GoalDetails details, LocalDate today, LocalDate previous, Instant now) {
    Objects.requireNonNull(details, "details");
    title = requireText(details.title(), "title", MAX_TITLE);
    description = optionalText(details.description(), "description", MAX_DESCRIPTION);
    LocalDate target = details.targetDate();
    if (target != null && target.isBefore(today) && !target.equals(previous)) {
      throw new IllegalArgumentException("targetDate cannot lie in the past");
    }
    targetDate = target;
    updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getTargetDate() {
    return targetDate;
  }

  public GoalStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public long getVersion() {
    return version;
  }
}
