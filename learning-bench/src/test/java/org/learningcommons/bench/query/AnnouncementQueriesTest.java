package org.learningcommons.bench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncementQueriesTest {

  @Test
  void percentilesAreNearestRankOverTheRuns() {
    double[] millis = new double[20];
    for (int i = 0; i < millis.length; i++) {
      millis[i] = 20 - i;
    }
    AnnouncementQueries.Timings timings = new AnnouncementQueries.Timings("home list", millis);
    assertEquals(10, timings.percentile(50));
    assertEquals(19, timings.percentile(95));
    assertEquals(20, timings.percentile(100));
    assertEquals("| home list | 20 | 10.0 | 19.0 | 20.0 |", timings.row());
  }

  @Test
  void theHomeStatementsAreBoundToThePersonTheMomentAndTheirRoles() {
    String sql =
        AnnouncementQueries.bind(
            AnnouncementQueries.homeList(List.of("STAFF", "MANAGER")),
            "u000123",
            "timestamptz '2026-11-27T20:00:00Z'",
            1);
    assertFalse(sql.contains("?"), sql);
    assertTrue(sql.contains("s.username = 'u000123'"), sql);
    assertTrue(sql.contains("a.publish_at <= timestamptz '2026-11-27T20:00:00Z'"), sql);
    assertTrue(sql.contains("ar.role in ('STAFF','MANAGER')"), sql);
    assertTrue(sql.endsWith("offset 0 limit 20"), sql);
    assertFalse(AnnouncementQueries.homeCount(List.of()).contains("announcement_role"));
  }

  @Test
  void theReportStatementsNameTheAnnouncementEverywhere() {
    for (String statement :
        List.of(
            AnnouncementQueries.REPORT,
            AnnouncementQueries.PENDING_COUNT,
            AnnouncementQueries.PENDING_PAGE)) {
      String sql = AnnouncementQueries.bind(statement, "", "now()", 42);
      assertFalse(sql.contains("?"), sql);
      assertTrue(sql.contains("announcement_id = 42"), sql);
    }
  }
}
