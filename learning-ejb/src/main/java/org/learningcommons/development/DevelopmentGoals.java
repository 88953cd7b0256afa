package org.learningcommons.development;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.development.Views.GoalCommentView;
import org.learningcommons.development.Views.GoalView;
import org.learningcommons.learning.LearningGate;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.people.Role;

/**
 * Development goals: a person sets, changes, moves and deletes their own; managers above them and
 * HR read and comment on them (the person is told). For everybody else a goal does not exist.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class DevelopmentGoals {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;
  @EJB DevelopmentRecord record;
  @EJB NotificationCentre notifications;

  /** A new open goal on the caller's record. */
  public GoalView add(@NotNull GoalDetails details) {
    DevelopmentGoal goal;
    try {
      goal = new DevelopmentGoal(gate.caller(), details, RecordQueries.today(), Instant.now());
    } catch (IllegalArgumentException e) {
      throw Refused.input(e);
    }
    em.persist(goal);
    em.flush();
    return view(goal.getId());
  }

  /** One goal with its comments, for those who may read its owner's record. */
  public GoalView goal(long id) {
    GoalView view = new RecordQueries(em).goal(id, RecordQueries.today());
    if (view == null || !gate.maySeeLearningOf(view.username())) {
      throw new NotFoundException("goal", id);
    }
    return view;
  }

  /** Changes what the caller's open or in-progress goal says. */
  public GoalView revise(long id, @NotNull GoalDetails details) {
    DevelopmentGoal goal = own(id);
    try {
      goal.revise(details, RecordQueries.today(), Instant.now());
    } catch (IllegalArgumentException e) {
      throw Refused.input(e);
    } catch (GoalStatusException e) {
      throw statusRefused(e);
    }
    em.flush();
    return view(id);
  }

  /** Moves the caller's goal to another status (see {@link GoalStatus#next()}). */
  public GoalView moveTo(long id, @NotNull GoalStatus status) {
    DevelopmentGoal goal = own(id);
    try {
      goal.moveTo(status, Instant.now());
    } catch (GoalStatusException e) {
      throw statusRefused(e);
    }
    em.flush();
    return view(id);
  }

  /** Deletes the caller's goal with its comments. */
  public void delete(long id) {
    em.remove(own(id));
    em.flush();
  }

  /**
   * A manager above the goal's owner, or HR, comments on it; the owner is told. The owner does not
   * comment on their own goal (they change it).
   */
  public GoalCommentView comment(long id, @NotNull String body) {
    DevelopmentGoal goal = em.find(DevelopmentGoal.class, id);
    if (goal == null || !gate.maySeeLearningOf(goal.getUsername())) {
      throw new NotFoundException("goal", id);
    }
    if (!record.mayReview(goal.getUsername())) {
      throw new NotPermittedException(
          "refusal.development.notCommenter",
          "Managers above the person, HR and administrators comment on their goals.");
    }
    Instant now = Instant.now();
    GoalComment comment;
    try {
      comment = new GoalComment(goal, gate.caller(), body, now);
    } catch (IllegalArgumentException e) {
      throw Refused.input(e);
    }
    em.persist(comment);
    em.flush();
    notifications.send(
        new Notice(
            NotificationKind.GOAL_COMMENT,
            gate.caller(),
            List.of(goal.getUsername()),
            goal.getTitle(),
            "/development/record.xhtml#goal-" + id));
    String me = gate.caller();
    return new GoalCommentView(
        comment.getId(),
        me,
        gate.names(List.of(me)).getOrDefault(me, me),
        comment.getBody(),
        comment.getCreatedAt());
  }

  private DevelopmentGoal own(long id) {
    DevelopmentGoal goal = em.find(DevelopmentGoal.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (goal == null || !gate.maySeeLearningOf(goal.getUsername())) {
      throw new NotFoundException("goal", id);
    }
    if (!goal.getUsername().equals(gate.caller())) {
      throw new NotPermittedException(
          "refusal.development.notOwner", "Only the person whose record it is changes this.");
    }
    return goal;
  }

  private static RejectedInputException statusRefused(GoalStatusException e) {
    return new RejectedInputException(
        "status", "refusal.development.goalStatus", e.getMessage() + ".", e.status().name());
  }

  private GoalView view(long id) {
    return new RecordQueries(em).goal(id, RecordQueries.today());
  }
}
