package org.learningcommons.development;

import static org.learningcommons.shared.Checks.requireName;
import static org.learningcommons.shared.Checks.requireText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A manager's or HR's comment on a person's development goal, in plain text. Never changed. */
@Entity
@Table(name = "goal_comment")
public class GoalComment {

  public static final int MAX_BODY = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "goal_id", nullable = false, updatable = false)
  private long goalId;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(nullable = false, length = MAX_BODY, updatable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected GoalComment() {}

  public GoalComment(DevelopmentGoal goal, String author, String body, Instant now) {
    this.goalId = Objects.requireNonNull(goal.getId(), "goal id");
    this.author = requireName(author, "author");
    if (this.author.equals(goal.getUsername())) {
      throw new IllegalArgumentException("Managers and HR comment on a person's goals");
    }
    this.body = requireText(body, "body", MAX_BODY);
    this.createdAt = Objects.requireNonNull(now);
  }

  public Long getId() {
    return id;
  }

  public long getGoalId() {
    return goalId;
  }

  public String getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
