package org.learningcommons.bench.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningcommons.bench.journey.JourneySettings.StepGroup;

class JourneySettingsTest {

  @Test
  void theDefaultJourneyIsThePeopleJourney() {
    JourneySettings settings = JourneySettings.from(new Properties());
    assertEquals(Set.of(StepGroup.PEOPLE), settings.steps());
    assertEquals(9, JourneySteps.names(settings.steps()).size());
    assertEquals(JourneySteps.names(), JourneySteps.names(settings.steps()));
  }

  @Test
  void communityStepsNeedTheGeneratorsIdsTakenFromTheRepositoryRoot() {
    Properties p = new Properties();
    p.setProperty("steps", "people, communities");
    assertThrows(IllegalArgumentException.class, () -> JourneySettings.from(p));
    p.setProperty("journeyData", ".bench/L-journey.csv");
    p.setProperty("lc.repositoryRoot", "/repo");
    JourneySettings settings = JourneySettings.from(p);
    assertEquals(EnumSet.of(StepGroup.PEOPLE, StepGroup.COMMUNITIES), settings.steps());
    assertEquals(Path.of("/repo/.bench/L-journey.csv"), settings.journeyData());
    assertTrue(settings.describe().endsWith("steps: people,communities"), settings.describe());
  }

  @Test
  void withoutThePeopleStepsAVisitStillReachesTheProfilePageToSignOut() {
    assertEquals(
        java.util.List.of(
            "landing page",
            "login page",
            "sign in",
            "home",
            "communities directory",
            "community page",
            "thread page",
            "hot thread page 2",
            "my profile",
            "sign out",
            "api communities",
            "api community threads",
            "api thread replies"),
        JourneySteps.names(Set.of(StepGroup.COMMUNITIES)));
  }

  @Test
  void announcementStepsAreChosenByTheirHyphenatedNamesAndNeedTheGeneratorsIds() {
    Properties p = new Properties();
    p.setProperty("steps", "announcements,announcement-report");
    IllegalArgumentException refusal =
        assertThrows(IllegalArgumentException.class, () -> JourneySettings.from(p));
    assertTrue(refusal.getMessage().contains("-DjourneyData"), refusal.getMessage());
    p.setProperty("journeyData", "/data/XL-journey.csv");
    JourneySettings settings = JourneySettings.from(p);
    assertEquals(
        EnumSet.of(StepGroup.ANNOUNCEMENTS, StepGroup.ANNOUNCEMENT_REPORT), settings.steps());
    assertTrue(
        settings.describe().endsWith("steps: announcements,announcement-report"),
        settings.describe());
    assertEquals(
        java.util.List.of(
            "landing page",
            "login page",
            "sign in",
            "home",
            "my profile",
            "sign out",
            "api my announcements",
            "api announcement",
            "api announcement report",
            "api announcement pending"),
        JourneySteps.names(settings.steps()));
  }

  @Test
  void anUnknownStepGroupIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> JourneySettings.stepGroups("people,forum"));
  }

  @Test
  void learningStepsVisitCourseLessonCourseThenCallTheCatalogueCourseLessonAndRecords() {
    Properties p = new Properties();
    p.setProperty("steps", "learning");
    IllegalArgumentException refusal =
        assertThrows(IllegalArgumentException.class, () -> JourneySettings.from(p));
    assertTrue(refusal.getMessage().contains("learning"), refusal.getMessage());
    p.setProperty("journeyData", "/data/L-journey.csv");
    JourneySettings settings = JourneySettings.from(p);
    assertEquals(EnumSet.of(StepGroup.LEARNING), settings.steps());
    assertEquals(
        java.util.List.of(
            "landing page",
            "login page",
            "sign in",
            "home",
            "course page",
            "lesson page",
            "course page again",
            "my profile",
            "sign out",
            "api catalogue search",
            "api course",
            "api lesson",
            "api my record",
            "api record of 500 entries",
            "api person record (HR)"),
        JourneySteps.names(settings.steps()));
  }

  @Test
  void reportingStepsSignInAsEachReaderOnceThenTimeEveryReportCall() {
    Properties p = new Properties();
    p.setProperty("steps", "reporting");
    IllegalArgumentException refusal =
        assertThrows(IllegalArgumentException.class, () -> JourneySettings.from(p));
    assertTrue(refusal.getMessage().contains("reporting"), refusal.getMessage());
    p.setProperty("journeyData", "/data/XL-journey.csv");
    JourneySettings settings = JourneySettings.from(p);
    assertEquals(EnumSet.of(StepGroup.REPORTING), settings.steps());
    java.util.List<String> names = JourneySteps.names(settings.steps());
    java.util.List<String> reports =
        names.subList(names.indexOf("report login page"), names.size());
    assertEquals(1 + 3 * 9, reports.size());
    assertEquals(
        java.util.List.of(
            "report login page",
            "report sign in (HR)",
            "report dashboard (HR)",
            "report department teams (HR)",
            "report team people (HR)",
            "report person courses (HR)",
            "report overdue (50) (HR)",
            "report learning (HR)",
            "report engagement (HR)",
            "report export overdue CSV (HR)",
            "report sign in (large line)"),
        reports.subList(0, 11));
    assertTrue(reports.contains("report dashboard (mid manager)"), reports.toString());
    assertTrue(JourneySteps.allNames().containsAll(reports), "the summary has a row for each");
  }
}
