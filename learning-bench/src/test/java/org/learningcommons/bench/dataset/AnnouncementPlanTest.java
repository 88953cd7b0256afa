package org.learningcommons.bench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AnnouncementPlanTest {

  private static final Dataset XL = Dataset.plan(Preset.XL, 42);
  private static final List<AnnouncementPlan.Announcement> PLAN =
      AnnouncementPlan.plan(XL, Preset.XL.communities());

  private static boolean showingAt(AnnouncementPlan.Announcement a, Instant at) {
    return !a.publishAt().isAfter(at) && (a.expireAt() == null || a.expireAt().isAfter(at));
  }

  @Test
  void xlHasTwoThousandActiveAnnouncementsBesideItsHistoryAndSomeScheduledOnes() {
    Instant now = AnnouncementPlan.END.plusSeconds(86_400);
    assertEquals(2_000, PLAN.stream().filter(a -> showingAt(a, now)).count());
    assertEquals(
        2_000, PLAN.stream().filter(a -> showingAt(a, AnnouncementPlan.ACTIVE_UNTIL)).count());
    assertEquals(
        3_500,
        PLAN.stream().filter(a -> a.expireAt() != null && !a.expireAt().isAfter(now)).count());
    assertEquals(100, PLAN.stream().filter(a -> a.publishAt().isAfter(now)).count());
  }

  @Test
  void theFirstIsTheBigCriticalOneToEveryoneWithSeventyPercentReadAndHalfAcknowledged() {
    AnnouncementPlan.Announcement big = PLAN.get(0);
    assertEquals(1, big.id());
    assertTrue(big.audience().everyone());
    assertEquals("CRITICAL", big.priority());
    assertTrue(big.acknowledgementRequired());
    assertEquals(70, big.readPercent());
    assertEquals(50, big.acknowledgedPercent());
  }

  @Test
  void everyRowKeepsTheSchemasRules() {
    for (AnnouncementPlan.Announcement a : PLAN) {
      assertTrue(a.expireAt() == null || !a.expireAt().isBefore(a.publishAt()), a.toString());
      assertTrue(a.acknowledgementRequired() || a.acknowledgementDueAt() == null, a.toString());
      assertTrue(a.acknowledgedPercent() <= a.readPercent(), a.toString());
      assertTrue(a.title().length() <= 200, a.title());
      assertFalse(a.createdAt().isAfter(AnnouncementPlan.END), "generated: created by END");
      assertFalse(a.createdAt().isAfter(a.publishAt()), a.toString());
    }
  }

  @Test
  void audiencesMixEveryoneDepartmentsCommunitiesReportingLinesAndRoles() {
    Map<String, Long> kinds =
        PLAN.stream()
            .collect(Collectors.groupingBy(a -> a.audience().kind(), Collectors.counting()));
    assertTrue(kinds.get("everyone") >= 20, kinds.toString());
    assertTrue(kinds.get("departments") > 3_000, kinds.toString());
    assertTrue(kinds.get("communities") > 500, kinds.toString());
    assertTrue(kinds.get("reporting lines") > 300, kinds.toString());
    assertTrue(kinds.get("roles") > 100, kinds.toString());
    assertTrue(kinds.get("departments+reporting lines") > 100, kinds.toString());
    long critical = PLAN.stream().filter(a -> a.priority().equals("CRITICAL")).count();
    assertTrue(critical > 1 && critical < 60, "a few critical: " + critical);
    for (AnnouncementPlan.Announcement a : PLAN) {
      assertTrue(a.audience().departments().size() <= 3);
      if (!a.audience().communities().isEmpty()) {
        assertNull(a.createdBy(), "the community's owner publishes");
      }
    }
  }

  @Test
  void theSameSeedPlansTheSameAnnouncements() {
    assertEquals(PLAN, AnnouncementPlan.plan(Dataset.plan(Preset.XL, 42), Preset.XL.communities()));
  }
}
