package org.learningcommons.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DevelopmentGoalTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
  private static final Instant NOW = Instant.parse("2026-05-10T09:00:00Z");

  private static DevelopmentGoal goal(LocalDate target) {
    return new DevelopmentGoal(
        "alice", new GoalDetails("Learn SQL", "Window functions", target), TODAY, NOW);
  }

  @Test
  void aNewGoalIsOpen() {
    DevelopmentGoal goal = goal(TODAY.plusMonths(3));
    assertEquals(GoalStatus.OPEN, goal.getStatus());
    assertEquals("Window functions", goal.getDescription());
  }

  @Test
  void aNewTargetDateCannotLieInThePast() {
    assertThrows(IllegalArgumentException.class, () -> goal(TODAY.minusDays(1)));
  }

  @Test
  void aPassedTargetDateMayStayWhenTheGoalIsEdited() {
    DevelopmentGoal goal = goal(TODAY);
    LocalDate later = TODAY.plusDays(30);
    goal.revise(new GoalDetails("Learn SQL well", null, TODAY), later, NOW);
    assertEquals("Learn SQL well", goal.getTitle());
    assertNull(goal.getDescription());
    assertTrue(goal.isOverdue(later));
    assertThrows(
        IllegalArgumentException.class,
        () -> goal.revise(new GoalDetails("x", null, TODAY.plusDays(1)), later, NOW));
  }

  @Test
  void theStatusFlowsFromOpenThroughInProgressToAchievedAndReopens() {
    DevelopmentGoal goal = goal(null);
    goal.moveTo(GoalStatus.IN_PROGRESS, NOW);
    goal.moveTo(GoalStatus.ACHIEVED, NOW);
    assertNotNull(goal.getClosedAt());
    assertThrows(GoalStatusException.class, () -> goal.moveTo(GoalStatus.DROPPED, NOW));
    assertThrows(
        GoalStatusException.class,
        () -> goal.revise(new GoalDetails("Other", null, null), TODAY, NOW));
    goal.moveTo(GoalStatus.IN_PROGRESS, NOW);
    assertNull(goal.getClosedAt());
  }

  @Test
  void aDroppedGoalReopensAsOpenOnly() {
    DevelopmentGoal goal = goal(null);
    goal.moveTo(GoalStatus.DROPPED, NOW);
    assertThrows(GoalStatusException.class, () -> goal.moveTo(GoalStatus.ACHIEVED, NOW));
    goal.moveTo(GoalStatus.OPEN, NOW);
    assertEquals(GoalStatus.OPEN, goal.getStatus());
  }
}
