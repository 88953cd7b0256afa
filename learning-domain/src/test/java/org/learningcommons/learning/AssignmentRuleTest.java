package org.learningcommons.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningcommons.learning.LearningFixtures.NOW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentRuleTest {

  private static final PersonFacts ENGINEER =
      new PersonFacts(
          "Engineering",
          "Software Engineer",
          Set.of("STAFF"),
          Set.of("cn=First-Aiders,ou=groups,dc=x", "First-Aiders"),
          true);

  private static AssignmentRule rule(RuleScope scope, String value) {
    return new AssignmentRule(
        LearningFixtures.publishedCourse(12),
        scope,
        value,
        30,
        DueFrom.ASSIGNMENT,
        true,
        "hannah",
        NOW);
  }

  @Test
  void departmentRuleMatchesMembersInAnyCaseAndNobodyElse() {
    AssignmentRule rule = rule(RuleScope.DEPARTMENT, "engineering");
    assertTrue(rule.matches(ENGINEER));
    assertFalse(rule.matches(new PersonFacts("Finance", null, Set.of(), Set.of(), true)));
    assertFalse(rule.matches(new PersonFacts(null, null, Set.of(), Set.of(), true)));
  }

  @Test
  void everyoneRuleMatchesActivePeopleOnly() {
    AssignmentRule rule = rule(RuleScope.EVERYONE, null);
    assertTrue(rule.matches(ENGINEER));
    assertFalse(rule.matches(new PersonFacts("Engineering", null, Set.of(), Set.of(), false)));
  }

  @Test
  void roleTitleAndGroupRulesMatchOnTheirAttribute() {
    assertTrue(rule(RuleScope.ROLE, "staff").matches(ENGINEER));
    assertFalse(rule(RuleScope.ROLE, "HR").matches(ENGINEER));
    assertTrue(rule(RuleScope.TITLE, "software engineer").matches(ENGINEER));
    assertFalse(rule(RuleScope.TITLE, "Engineer").matches(ENGINEER));
    assertTrue(rule(RuleScope.GROUP, "first-aiders").matches(ENGINEER));
    assertTrue(rule(RuleScope.GROUP, "CN=First-Aiders,ou=groups,dc=x").matches(ENGINEER));
    assertFalse(rule(RuleScope.GROUP, "Wardens").matches(ENGINEER));
  }

  @Test
  void inactiveOrDeletedRuleMatchesNobody() {
    AssignmentRule rule = rule(RuleScope.EVERYONE, null);
    rule.change(
        LearningFixtures.publishedCourse(12),
        RuleScope.EVERYONE,
        null,
        30,
        DueFrom.ASSIGNMENT,
        false,
        "hannah",
        NOW);
    assertFalse(rule.matches(ENGINEER));
    AssignmentRule deleted = rule(RuleScope.EVERYONE, null);
    deleted.delete("hannah", NOW);
    assertFalse(deleted.matches(ENGINEER));
    assertTrue(deleted.isDeleted());
  }

  @Test
  void valuesAreCheckedForTheScope() {
    assertThrows(IllegalArgumentException.class, () -> rule(RuleScope.DEPARTMENT, " "));
    assertThrows(IllegalArgumentException.class, () -> rule(RuleScope.EVERYONE, "Finance"));
    assertThrows(IllegalArgumentException.class, () -> rule(RuleScope.ROLE, "CEO"));
    assertEquals("MANAGER", rule(RuleScope.ROLE, "manager").getValue());
    assertNull(rule(RuleScope.EVERYONE, "").getValue());
  }

  @Test
  void onlyPublishedCoursesCanBeMandatory() {
    assertThrows(
        CourseStateException.class,
        () ->
            new AssignmentRule(
                LearningFixtures.course(null),
                RuleScope.EVERYONE,
                null,
                30,
                DueFrom.ASSIGNMENT,
                true,
                "hannah",
                NOW));
  }

  @Test
  void dueDaysAreBetweenZeroAndTenYears() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new AssignmentRule(
                LearningFixtures.publishedCourse(null),
                RuleScope.EVERYONE,
                null,
                -1,
                DueFrom.ASSIGNMENT,
                true,
                "hannah",
                NOW));
  }

  @Test
  void dueDateCountsFromTheAssignment() {
    AssignmentRule rule = rule(RuleScope.EVERYONE, null);
    assertEquals(
        NOW.plus(Duration.ofDays(30)), rule.dueAt(NOW, LocalDate.parse("2020-01-01"), NOW));
  }

  @Test
  void dueDateCountsFromTheHireDateOrFirstSeenWithoutOne() {
    AssignmentRule rule =
        new AssignmentRule(
            LearningFixtures.publishedCourse(null),
            RuleScope.EVERYONE,
            null,
            14,
            DueFrom.HIRE,
            true,
            "hannah",
            NOW);
    assertEquals(
        Instant.parse("2026-02-15T00:00:00Z"),
        rule.dueAt(NOW, LocalDate.parse("2026-02-01"), Instant.parse("2025-01-01T10:00:00Z")));
    assertEquals(
        Instant.parse("2025-01-15T10:00:00Z"),
        rule.dueAt(NOW, null, Instant.parse("2025-01-01T10:00:00Z")));
  }

  @Test
  void renewalWindowOpensTheCoursesWindowDaysBeforeExpiry() {
    Instant validUntil = Instant.parse("2026-04-01T00:00:00Z");
    assertFalse(Recertification.windowOpen(validUntil, 30, Instant.parse("2026-03-01T23:59:59Z")));
    assertTrue(Recertification.windowOpen(validUntil, 30, Instant.parse("2026-03-02T00:00:00Z")));
    assertTrue(Recertification.windowOpen(validUntil, 30, Instant.parse("2026-05-01T00:00:00Z")));
    assertFalse(Recertification.windowOpen(null, 30, NOW));
    assertEquals(validUntil, Recertification.renewalDueAt(validUntil));
  }
}
