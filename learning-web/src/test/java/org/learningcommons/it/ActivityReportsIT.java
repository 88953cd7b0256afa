package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningcommons.demo.DemoDirectory;
import org.learningcommons.demo.TestEnvironment;
import org.openqa.selenium.By;

/**
 * The learning activity and engagement reports through the API, on a small data set of their own: a
 * department "Activity RUN" with the line boss → lead → (e1, e2) and boss → e3, and an outsider in
 * another department. Learning figures use the first half of 2025, so they do not depend on today;
 * engagement figures use the last 20 days. Every expected figure is computed by hand in the
 * comments. HR: hannah.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivityReportsIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final String PROBLEM = "application/problem+json";
  private static final String HR = "hannah";
  private static final String DEPARTMENT = "Activity " + RUN;
  private static final String BOSS = "acb" + RUN;
  private static final String LEAD = "acl" + RUN;
  private static final String E1 = "acx" + RUN;
  private static final String E2 = "acy" + RUN;
  private static final String E3 = "acz" + RUN;
  private static final String OUTSIDER = "aco" + RUN;
  private static final String LEARNING_PERIOD = "from=2025-01-01&to=2025-06-30";
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private static boolean prepared;
  private static long courseA;
  private static long courseB;
  private static long courseC;
  private static long open;
  private static long secret;
  private static long quiet;
  private static long announcement;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  // --- learning activity ---

  @Test
  void hrSeesCompletionsPerMonthAndHoursOfTheDepartment() throws SQLException {
    prepare();
    JsonObject report = ok(HR, "api/v1/reports/learning?" + LEARNING_PERIOD + "&" + department());
    // e1 A (60) + B (90) in February, e2 A (60) in March, e3 C (30) in May; the outsider and
    // e1's completion of 2024 do not count.
    assertEquals(4, report.getInt("completions"));
    assertEquals("4.00", decimal(report, "hours"));
    JsonArray months = report.getJsonObject("completionsMonthly").getJsonArray("items");
    assertEquals(6, months.size());
    assertMonth(months.getJsonObject(0), "2025-01-01", 0, "0.00");
    assertMonth(months.getJsonObject(1), "2025-02-01", 2, "2.50");
    assertMonth(months.getJsonObject(2), "2025-03-01", 1, "1.00");
    assertMonth(months.getJsonObject(4), "2025-05-01", 1, "0.50");

    // Course hours 4.00 plus e2's verified 2 hours; e3's unverified and lead's declined hours are
    // not reported upwards.
    JsonArray departments = report.getJsonObject("hoursByDepartment").getJsonArray("items");
    assertEquals(1, departments.size());
    JsonObject row = departments.getJsonObject(0);
    assertEquals(DEPARTMENT, row.getString("department"));
    assertEquals(5, row.getInt("people"));
    assertEquals("4.00", decimal(row, "courseHours"));
    assertEquals("2.00", decimal(row, "externalHours"));
    assertEquals("6.00", decimal(row, "hours"));

    Map<String, JsonObject> external = new HashMap<>();
    report
        .getJsonArray("external")
        .forEach(v -> external.put(v.asJsonObject().getString("status"), v.asJsonObject()));
    assertEquals(Set.of("VERIFIED", "NONE", "DECLINED"), external.keySet());
    assertEquals("2.00", decimal(external.get("VERIFIED"), "hours"));
    assertEquals(1, external.get("NONE").getInt("entries"));
    assertEquals("0.50", decimal(external.get("DECLINED"), "hours"));
  }

  @Test
  void mostTakenAndBestRatedCourses() throws SQLException {
    prepare();
    JsonObject report = ok(HR, "api/v1/reports/learning?" + LEARNING_PERIOD + "&" + department());
    // Enrolments in the period: A by e1, e2, e3 (two completed), C by e3 and lead, B by e1.
    JsonArray top = report.getJsonObject("topCourses").getJsonArray("items");
    assertEquals(List.of(courseA, courseC, courseB), ids(top, "courseId"));
    assertEquals(3, top.getJsonObject(0).getInt("enrolments"));
    assertEquals(2, top.getJsonObject(0).getInt("completed"));
    assertEquals(2, top.getJsonObject(1).getInt("enrolments"));

    // A: 5, 4, 4 -> 4.33; C: 3, 2, 1, 3 -> 2.25; B has two ratings only.
    JsonArray rated = report.getJsonObject("bestRated").getJsonArray("items");
    assertEquals(List.of(courseA, courseC), ids(rated, "courseId"));
    assertEquals("4.33", decimal(rated.getJsonObject(0), "rating"));
    assertEquals(3, rated.getJsonObject(0).getInt("ratings"));
    assertEquals("2.25", decimal(rated.getJsonObject(1), "rating"));
    assertEquals(4, rated.getJsonObject(1).getInt("ratings"));

    JsonObject page =
        ok(
            HR,
            "api/v1/reports/learning/top-courses?offset=1&limit=1&"
                + LEARNING_PERIOD
                + "&"
                + department());
    assertEquals(3, page.getInt("total"));
    assertEquals(List.of(courseC), ids(page.getJsonArray("items"), "courseId"));
  }

  @Test
  void cpdHoursAgainstTargetsOfTheYear() throws SQLException {
    prepare();
    JsonObject cpd =
        ok(HR, "api/v1/reports/learning?" + LEARNING_PERIOD + "&" + department())
            .getJsonObject("cpd");
    // 2025: boss 0, lead 0 (declined), e1 2.50 (target 1: reached), e2 1 + 2 = 3.00, e3 0.50 + 1
    // unverified = 1.50; the default target is 20 hours.
    assertEquals(2025, cpd.getInt("year"));
    assertEquals(5, cpd.getInt("people"));
    assertEquals(1, cpd.getInt("reached"));
    assertEquals(4, cpd.getInt("below"));
    JsonArray below = cpd.getJsonObject("belowTarget").getJsonArray("items");
    assertEquals(List.of(BOSS, LEAD, E3, E2), strings(below, "username"));
    assertEquals("1.50", decimal(below.getJsonObject(2), "hours"));
    assertEquals(20, below.getJsonObject(2).getInt("targetHours"));

    JsonObject page =
        ok(
            HR,
            "api/v1/reports/learning/learning-cpd-below-target?limit=2&"
                + LEARNING_PERIOD
                + "&"
                + department());
    assertEquals(4, page.getInt("total"));
    assertEquals(List.of(BOSS, LEAD), strings(page.getJsonArray("items"), "username"));
  }

  @Test
  void aManagerSeesOnlyTheirLine() throws SQLException {
    prepare();
    JsonObject report = ok(BOSS, "api/v1/reports/learning?" + LEARNING_PERIOD);
    // The boss's line: lead, e1, e2, e3 (not the boss, not the outsider).
    JsonObject row =
        report.getJsonObject("hoursByDepartment").getJsonArray("items").getJsonObject(0);
    assertEquals(1, report.getJsonObject("hoursByDepartment").getInt("total"));
    assertEquals(4, row.getInt("people"));
    assertEquals("6.00", decimal(row, "hours"));
    // Without the boss's own rating C is 3, 2, 1 -> 2.00.
    JsonObject c = report.getJsonObject("bestRated").getJsonArray("items").getJsonObject(1);
    assertEquals("2.00", decimal(c, "rating"));
    assertEquals(3, c.getInt("ratings"));
    assertEquals(4, report.getJsonObject("cpd").getInt("people"));

    JsonObject team = ok(BOSS, "api/v1/reports/learning?" + LEARNING_PERIOD + "&manager=" + LEAD);
    assertEquals(
        2,
        team.getJsonObject("hoursByDepartment")
            .getJsonArray("items")
            .getJsonObject(0)
            .getInt("people"));

    HttpResponse<String> outside =
        api().get("api/v1/reports/learning?manager=" + OUTSIDER, BOSS, PASSWORD);
    assertProblem(400, outside);
    assertTrue(Api.json(outside).getString("detail").contains("not in your reporting line"));
  }

  @Test
  void plainStaffAreRefusedAndBadPeriodsExplained() throws SQLException {
    prepare();
    assertProblem(403, api().get("api/v1/reports/learning", E1, PASSWORD));
    assertProblem(403, api().get("api/v1/reports/engagement", E1, PASSWORD));
    assertProblem(403, api().get("api/v1/reports/learning/top-courses", E1, PASSWORD));

    HttpResponse<String> backwards =
        api().get("api/v1/reports/learning?from=2025-06-01&to=2025-01-01", HR, PASSWORD);
    assertProblem(400, backwards);
    assertEquals(
        "The period starts on 2025-06-01, after its last day 2025-01-01.",
        Api.json(backwards).getString("detail"));
    HttpResponse<String> huge =
        api().get("api/v1/reports/engagement?from=2015-01-01&to=2025-01-01", HR, PASSWORD);
    assertProblem(400, huge);
    assertTrue(Api.json(huge).getString("detail").contains("longer than three years"));
    assertProblem(400, api().get("api/v1/reports/learning?from=yesterday", HR, PASSWORD));
    assertProblem(400, api().get("api/v1/reports/engagement/dormant?days=45", HR, PASSWORD));
    assertProblem(400, api().get("api/v1/reports/learning/top-courses?limit=0", HR, PASSWORD));
    assertProblem(404, api().get("api/v1/reports/learning/nothing", HR, PASSWORD));
    assertProblem(
        400, api().get("api/v1/reports/engagement?department=Nowhere" + RUN, HR, PASSWORD));
  }

  // --- engagement ---

  @Test
  void activeStaffPerDayWeekAndMonth() throws SQLException {
    prepare();
    JsonObject report = ok(BOSS, "api/v1/reports/engagement?" + recent());
    // Everyone signed in today; e1 also 9 and 10 days ago, e2 10 days ago, e3 3 days ago, lead
    // 40 days ago (outside the period and the last 30 days).
    JsonObject active = report.getJsonObject("active");
    assertEquals(4, active.getInt("today"));
    assertEquals(4, active.getInt("last7Days"));
    assertEquals(4, active.getInt("last30Days"));

    JsonObject daily = report.getJsonObject("activeDaily");
    assertEquals(21, daily.getInt("total"));
    Map<String, Integer> perDay = new HashMap<>();
    daily
        .getJsonArray("items")
        .forEach(
            v -> perDay.put(v.asJsonObject().getString("day"), v.asJsonObject().getInt("active")));
    assertEquals(4, perDay.get(TODAY.toString()));
    assertEquals(1, perDay.get(TODAY.minusDays(3).toString()));
    assertEquals(1, perDay.get(TODAY.minusDays(9).toString()));
    assertEquals(2, perDay.get(TODAY.minusDays(10).toString()));
    assertEquals(0, perDay.get(TODAY.minusDays(4).toString()));

    Map<LocalDate, Set<String>> weeks = new HashMap<>();
    Map<LocalDate, Set<String>> months = new HashMap<>();
    for (String[] day : activeDays()) {
      LocalDate on = LocalDate.parse(day[1]);
      if (!on.isBefore(TODAY.minusDays(20))) {
        weeks
            .computeIfAbsent(
                on.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), k -> new HashSet<>())
            .add(day[0]);
        months.computeIfAbsent(on.withDayOfMonth(1), k -> new HashSet<>()).add(day[0]);
      }
    }
    for (JsonValue v : report.getJsonArray("activePerWeek")) {
      LocalDate week = LocalDate.parse(v.asJsonObject().getString("week"));
      assertEquals(DayOfWeek.MONDAY, week.getDayOfWeek());
      assertEquals(
          weeks.getOrDefault(week, Set.of()).size(),
          v.asJsonObject().getInt("active"),
          week.toString());
    }
    for (JsonValue v : report.getJsonArray("activePerMonth")) {
      LocalDate month = LocalDate.parse(v.asJsonObject().getString("month"));
      assertEquals(months.getOrDefault(month, Set.of()).size(), v.asJsonObject().getInt("active"));
    }
    assertEquals(weeks.size(), count(report.getJsonArray("activePerWeek"), true));
  }

  @Test
  void postsAndRepliesPerCommunityAndWeek() throws SQLException {
    prepare();
    JsonObject hr =
        ok(
            HR,
            "api/v1/reports/engagement/community-weeks?limit=100&" + recent() + "&" + department());
    // Open: e1's thread and e2's reply 10 days ago, e3's reply 2 days ago (the outsider's reply
    // and e2's hidden reply do not count); private: e1's thread 2 days ago.
    Map<String, JsonObject> rows = new HashMap<>();
    for (JsonValue v : hr.getJsonArray("items")) {
      JsonObject row = v.asJsonObject();
      rows.put(row.getJsonNumber("communityId").longValue() + "@" + row.getString("week"), row);
    }
    assertEquals(3, rows.size(), hr.toString());
    JsonObject first = rows.get(open + "@" + week(TODAY.minusDays(10)));
    assertEquals(1, first.getInt("threads"));
    assertEquals(1, first.getInt("replies"));
    JsonObject second = rows.get(open + "@" + week(TODAY.minusDays(2)));
    assertEquals(0, second.getInt("threads"));
    assertEquals(1, second.getInt("replies"));
    assertEquals(1, rows.get(secret + "@" + week(TODAY.minusDays(2))).getInt("threads"));

    JsonObject summary = ok(HR, "api/v1/reports/engagement?" + recent() + "&" + department());
    JsonArray top = summary.getJsonArray("topCommunities");
    assertEquals(open, top.getJsonObject(0).getJsonNumber("communityId").longValue());
    int weeks = summary.getJsonArray("weeks").size();
    assertEquals(weeks, top.getJsonObject(0).getJsonArray("posts").size());

    // The boss is no member of the private community: its rows are not theirs to see.
    JsonObject boss = ok(BOSS, "api/v1/reports/engagement/community-weeks?limit=100&" + recent());
    for (JsonValue v : boss.getJsonArray("items")) {
      assertFalse(v.asJsonObject().getJsonNumber("communityId").longValue() == secret);
    }
    assertEquals(2, boss.getInt("total"));
  }

  @Test
  void dormantCommunitiesByDaysWithoutAPost() throws SQLException {
    prepare();
    // The quiet community's last post is 50 days old: dormant for 30 days, not for 60.
    JsonObject row = find(BOSS, "api/v1/reports/engagement/dormant?days=30&", quiet);
    assertNotNull(row);
    assertEquals(1, row.getInt("members"));
    assertEquals("OPEN", row.getString("visibility"));
    assertFalse(row.isNull("lastPostAt"));
    assertEquals(null, find(BOSS, "api/v1/reports/engagement/dormant?days=60&", quiet));
    assertEquals(null, find(HR, "api/v1/reports/engagement/dormant?days=30&", open));
  }

  @Test
  void announcementReadAndAcknowledgementRates() throws SQLException {
    prepare();
    // Addressed to the department: boss, lead, e1, e2, e3. Read by boss, e1, e2, e3; acknowledged
    // by boss, e1, e2.
    JsonObject hr = announcement(HR, "&" + department());
    assertEquals(5, hr.getInt("audience"));
    // Nobody in the outsider's department is addressed, even with an announcement for everyone
    // elsewhere in the database (long expired): the announcement has no audience there.
    JsonObject elsewhere =
        ok(
            HR,
            "api/v1/reports/engagement/announcements?limit=100&"
                + recent()
                + "&department="
                + URLEncoder.encode("Elsewhere " + RUN, StandardCharsets.UTF_8));
    for (JsonValue v : elsewhere.getJsonArray("items")) {
      assertTrue(
          v.asJsonObject().getJsonNumber("announcementId").longValue() != announcement,
          elsewhere.toString());
    }
    assertEquals(4, hr.getInt("read"));
    assertEquals("80.0", decimal(hr, "readRate"));
    assertEquals(3, hr.getInt("acknowledged"));
    assertEquals("60.0", decimal(hr, "acknowledgedRate"));
    // The boss's line leaves the boss out.
    JsonObject boss = announcement(BOSS, "");
    assertEquals(4, boss.getInt("audience"));
    assertEquals(3, boss.getInt("read"));
    assertEquals("75.0", decimal(boss, "readRate"));
    assertEquals(2, boss.getInt("acknowledged"));
    assertEquals("50.0", decimal(boss, "acknowledgedRate"));
  }

  @Test
  void aRequestRecordsTodaysActivityOnce() throws SQLException {
    String uid = "acn" + RUN;
    TestEnvironment.directory().addPerson(uid, "Nina New", "Elsewhere " + RUN, "Engineer", null);
    assertEquals(0, activityRows(uid));
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
    assertEquals(1, activityRows(uid));
    assertEquals(
        1,
        countOf(
            "select count(*) from staff_activity_day where username = ? and day = ?",
            uid,
            Date.valueOf(TODAY)));
  }

  @Test
  void theReportPagesShowTheFiguresOnceComputed() throws SQLException {
    prepare();
    try (Browser hr = new Browser(base)) {
      hr.signIn(HR, PASSWORD);
      hr.open("/reporting/learning.xhtml?" + LEARNING_PERIOD + "&" + department());
      assertTrue(hr.text(By.id("tile-completions")).startsWith("4"), hr.pageText());
      assertTrue(
          hr.text(By.id("learningTables:topCourses")).contains("Activity A " + RUN), hr.pageText());
      assertTrue(hr.text(By.id("learningTables:belowTarget")).contains("Bella Boss"));
      hr.clickAndWaitForPage(By.id("tab-engagement"));
      hr.waitFor(By.id("tile-active-1"));
      assertTrue(hr.pageText().contains("Dormant communities"), hr.pageText());
      hr.open("/reporting/learning.xhtml?from=2025-06-01&to=2025-01-01");
      hr.waitFor(By.id("reportMessages"));
      assertTrue(hr.pageText().contains("after its last day"), hr.pageText());
    }
    try (Browser staff = new Browser(base)) {
      staff.signIn(E1, PASSWORD);
      staff.open("/reporting/engagement.xhtml");
      assertEquals("Access denied", staff.text(By.id("error-title")));
    }
  }

  // --- helpers ---

  private JsonObject announcement(String user, String filter) {
    JsonObject page =
        ok(user, "api/v1/reports/engagement/announcements?limit=100&" + recent() + filter);
    for (JsonValue v : page.getJsonArray("items")) {
      if (v.asJsonObject().getJsonNumber("announcementId").longValue() == announcement) {
        return v.asJsonObject();
      }
    }
    throw new AssertionError("announcement missing: " + page);
  }

  /** The row of a community in all pages of a table, or null. */
  private JsonObject find(String user, String path, long community) {
    int offset = 0;
    while (true) {
      JsonObject page = ok(user, path + "limit=100&offset=" + offset);
      for (JsonValue v : page.getJsonArray("items")) {
        if (v.asJsonObject().getJsonNumber("communityId").longValue() == community) {
          return v.asJsonObject();
        }
      }
      offset += 100;
      if (offset >= page.getInt("total")) {
        return null;
      }
    }
  }

  private JsonObject ok(String user, String path) {
    HttpResponse<String> response = api().get(path, user, PASSWORD);
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  private static String department() {
    return "department=" + URLEncoder.encode(DEPARTMENT, StandardCharsets.UTF_8);
  }

  private static String recent() {
    return "from=" + TODAY.minusDays(20) + "&to=" + TODAY;
  }

  private static String week(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
  }

  private static void assertMonth(JsonObject month, String start, int completions, String hours) {
    assertEquals(start, month.getString("month"));
    assertEquals(completions, month.getInt("completions"));
    assertEquals(hours, decimal(month, "hours"));
  }

  private static String decimal(JsonObject json, String key) {
    return json.getJsonNumber(key).bigDecimalValue().toPlainString();
  }

  private static List<Long> ids(JsonArray items, String key) {
    List<Long> ids = new ArrayList<>();
    items.forEach(v -> ids.add(v.asJsonObject().getJsonNumber(key).longValue()));
    return ids;
  }

  private static List<String> strings(JsonArray items, String key) {
    List<String> values = new ArrayList<>();
    items.forEach(v -> values.add(v.asJsonObject().getString(key)));
    return values;
  }

  private static int count(JsonArray buckets, boolean nonZero) {
    int n = 0;
    for (JsonValue v : buckets) {
      if (!nonZero || v.asJsonObject().getInt("active") > 0) {
        n++;
      }
    }
    return n;
  }

  private static void assertProblem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
  }

  /** Who was active on which day, in the boss's line: today (signed in) and the inserted days. */
  private static List<String[]> activeDays() {
    List<String[]> days = new ArrayList<>();
    for (String who : List.of(LEAD, E1, E2, E3)) {
      days.add(new String[] {who, TODAY.toString()});
    }
    days.add(new String[] {E1, TODAY.minusDays(9).toString()});
    days.add(new String[] {E1, TODAY.minusDays(10).toString()});
    days.add(new String[] {E2, TODAY.minusDays(10).toString()});
    days.add(new String[] {E3, TODAY.minusDays(3).toString()});
    days.add(new String[] {LEAD, TODAY.minusDays(40).toString()});
    return days;
  }

  // --- the data set ---

  private synchronized void prepare() throws SQLException {
    if (prepared) {
      return;
    }
    TestEnvironment.directory().addPerson(BOSS, "Bella Boss", DEPARTMENT, "Head", null);
    TestEnvironment.directory().addToGroup(BOSS, "LC-Managers");
    assertEquals(200, api().get("api/v1/me", BOSS, PASSWORD).statusCode());
    person(LEAD, "Leo Lead", DEPARTMENT, BOSS);
    person(E1, "Eva One", DEPARTMENT, LEAD);
    person(E2, "Eli Two", DEPARTMENT, LEAD);
    person(E3, "Ena Three", DEPARTMENT, BOSS);
    person(OUTSIDER, "Otto Outside", "Elsewhere " + RUN, null);

    courseA = course("Activity A " + RUN, 60);
    courseB = course("Activity B " + RUN, 90);
    courseC = course("Activity C " + RUN, 30);
    completion(courseA, E1, "2025-02-10");
    completion(courseB, E1, "2025-02-20");
    completion(courseA, E2, "2025-03-05");
    completion(courseC, E3, "2025-05-15");
    completion(courseA, OUTSIDER, "2025-02-11");
    completion(courseC, E1, "2024-12-31");
    external(E2, 120, "VERIFIED", "2025-04-01");
    external(E3, 60, "NONE", "2025-04-02");
    external(LEAD, 30, "DECLINED", "2025-04-03");
    execute(
        "insert into cpd_target (username, hours, set_by, set_at) values (?, 1, 'hannah', now())",
        E1);
    enrolment(courseA, E1, "2025-01-10", "COMPLETED");
    enrolment(courseA, E2, "2025-01-10", "COMPLETED");
    enrolment(courseA, E3, "2025-01-10", "ACTIVE");
    enrolment(courseA, OUTSIDER, "2025-01-10", "ACTIVE");
    enrolment(courseB, E1, "2025-02-01", "COMPLETED");
    enrolment(courseC, E3, "2025-05-01", "COMPLETED");
    enrolment(courseC, LEAD, "2025-05-02", "ACTIVE");
    review(courseA, E1, 5);
    review(courseA, E2, 4);
    review(courseA, E3, 4);
    review(courseB, E1, 5);
    review(courseB, LEAD, 5);
    review(courseC, E3, 3);
    review(courseC, LEAD, 2);
    review(courseC, E2, 1);
    review(courseC, BOSS, 3);

    for (String[] day : activeDays()) {
      execute(
          "insert into staff_activity_day (day, username) values (?, ?) on conflict do nothing",
          Date.valueOf(LocalDate.parse(day[1])),
          day[0]);
    }

    open = community("Activity open " + RUN, "OPEN", 30);
    secret = community("Activity private " + RUN, "PRIVATE", 30);
    quiet = community("Activity quiet " + RUN, "OPEN", 100);
    execute(
        "insert into membership (community_id, username, role, status, since)"
            + " values (?, ?, 'MEMBER', 'ACTIVE', now())",
        quiet,
        E1);
    long thread = post(open, null, E1, 10, "VISIBLE");
    post(open, thread, E2, 10, "VISIBLE");
    post(open, thread, E3, 2, "VISIBLE");
    post(open, thread, OUTSIDER, 2, "VISIBLE");
    post(open, thread, E2, 2, "HIDDEN");
    post(secret, null, E1, 2, "VISIBLE");
    post(quiet, null, OUTSIDER, 50, "VISIBLE");

    announcement =
        insert(
            "insert into announcement (title, body, created_by, created_at, publish_at,"
                + " acknowledgement_required, notified_at) values (?, '<p>Read me</p>', 'hannah',"
                + " now() - interval '5 days', now() - interval '5 days', true, now()) returning id",
            "Activity news " + RUN);
    execute(
        "insert into announcement_department (announcement_id, department) values (?, ?)",
        announcement,
        DEPARTMENT);
    insert(
        "insert into announcement (title, body, created_by, created_at, publish_at, expire_at,"
            + " audience_everyone, notified_at) values (?, '<p>Old news</p>', 'hannah',"
            + " timestamp '2001-01-01', timestamp '2001-01-01', timestamp '2001-01-02', true,"
            + " now()) returning id",
        "Activity old news for everyone " + RUN);
    receipt(E1, true);
    receipt(E2, true);
    receipt(E3, false);
    receipt(BOSS, true);
    prepared = true;
  }

  private void person(String uid, String name, String department, String manager) {
    TestEnvironment.directory().addPerson(uid, name, department, "Engineer", manager);
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
  }

  private static long course(String title, int minutes) throws SQLException {
    return insert(
        "insert into course (title, summary, category, duration_minutes, format, owner, status,"
            + " created_at, updated_at, published_at) values (?, 'Activity', 'Safety', ?,"
            + " 'E_LEARNING', 'hannah', 'PUBLISHED', now(), now(), now()) returning id",
        title,
        minutes);
  }

  private static void completion(long course, String username, String on) throws SQLException {
    execute(
        "insert into completion (course_id, username, completed_at, minutes, source,"
            + " verification_code, recorded_by, recorded_at) select c.id, ?, (?::date + time '12:00')"
            + " at time zone 'UTC', c.duration_minutes, 'COURSE', md5(random()::text), ?, now()"
            + " from course c where c.id = ?",
        username,
        on,
        username,
        course);
  }

  private static void external(String username, int minutes, String verification, String on)
      throws SQLException {
    execute(
        "insert into external_learning (username, title, provider, completed_on, minutes,"
            + " verification, created_at, updated_at) values (?, 'Outside', 'Provider', ?::date, ?,"
            + " ?, now(), now())",
        username,
        on,
        minutes,
        verification);
  }

  private static void enrolment(long course, String username, String on, String status)
      throws SQLException {
    execute(
        "insert into enrolment (course_id, username, origin, enrolled_by, enrolled_at, status,"
            + " completed_at) values (?, ?, 'SELF', ?, (?::date + time '09:00') at time zone 'UTC',"
            + " ?, case when ? = 'COMPLETED' then now() end)",
        course,
        username,
        username,
        on,
        status,
        status);
  }

  private static void review(long course, String username, int rating) throws SQLException {
    execute(
        "insert into course_review (course_id, username, rating, created_at, updated_at)"
            + " values (?, ?, ?, '2025-06-01T10:00:00Z', '2025-06-01T10:00:00Z')",
        course,
        username,
        rating);
  }

  private static long community(String name, String visibility, int daysOld) throws SQLException {
    return insert(
        "insert into community (name, category, visibility, created_by, created_at,"
            + " last_activity_at) values (?, 'General', ?, 'hannah', now() - make_interval(days => ?),"
            + " now()) returning id",
        name,
        visibility,
        daysOld);
  }

  /** An opening post with its thread (parent null) or a reply in the thread; {@code daysAgo}. */
  private static long post(long community, Long thread, String author, int daysAgo, String status)
      throws SQLException {
    long threadId =
        thread != null
            ? thread
            : insert(
                "insert into discussion_thread (community_id, author, title, kind, created_at,"
                    + " last_activity_at) values (?, ?, 'Topic', 'DISCUSSION', now() - make_interval(days"
                    + " => ?), now()) returning id",
                community,
                author,
                daysAgo);
    insert(
        "insert into post (thread_id, community_id, opening, author, body, created_at, status)"
            + " values (?, ?, ?, ?, 'Text', now() - make_interval(days => ?), ?) returning id",
        threadId,
        community,
        thread == null,
        author,
        daysAgo,
        status);
    return threadId;
  }

  private static void receipt(String username, boolean acknowledged) throws SQLException {
    execute(
        "insert into announcement_receipt (announcement_id, username, read_at, acknowledged_at)"
            + " values (?, ?, now() - interval '1 day', case when ? then now() end)",
        announcement,
        username,
        acknowledged);
  }

  private static int activityRows(String username) throws SQLException {
    return countOf("select count(*) from staff_activity_day where username = ?", username);
  }

  private static int countOf(String sql, Object... values) throws SQLException {
    return (int) insert(sql, values);
  }

  private static long insert(String sql, Object... values) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static void execute(String sql, Object... values) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }
}
