package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningcommons.demo.DemoDirectory;
import org.learningcommons.demo.TestEnvironment;

/**
 * The compliance report as HR, managers and plain staff notice it, on a small hierarchy of its own:
 * in department A, m1 (no manager) over m2 and c1, m2 over p1 and p2, and o1 (no manager) in
 * another line; x1 alone in department B. Two courses are mandatory for department A (one by two
 * rules), one for department B. Every figure below is counted by hand from the completions and due
 * dates set in {@link #data}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplianceReportIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final String BASE = "api/v1/reports/compliance";
  private static final String DEPT_A = "Compliance A " + RUN;
  private static final String DEPT_B = "Compliance B " + RUN;
  private static final String M1 = "cm1" + RUN;
  private static final String M2 = "cm2" + RUN;
  private static final String P1 = "cp1" + RUN;
  private static final String P2 = "cp2" + RUN;
  private static final String C1 = "cc1" + RUN;
  private static final String O1 = "co1" + RUN;
  private static final String X1 = "cx1" + RUN;
  private static final String S1 = "cs1" + RUN;

  private static long fire;
  private static long data;
  private static boolean ready;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Test
  void hrSeesEveryDepartmentAndHandCountedFigures() throws SQLException {
    data();
    JsonObject all = dashboard("hannah", "");
    JsonObject a = department(all, DEPT_A);
    assertFigures(a.getJsonObject("figures"), 12, 6, 4, 50.0);
    JsonObject b = department(all, DEPT_B);
    assertFigures(b.getJsonObject("figures"), 1, 1, 0, 100.0);

    JsonObject onlyA = dashboard("hannah", "department=" + enc(DEPT_A));
    JsonObject totals = onlyA.getJsonObject("totals");
    assertFigures(totals.getJsonObject("figures"), 12, 6, 4, 50.0);
    assertEquals(1, totals.getInt("expired"));
    assertEquals(1, totals.getInt("expiring30"));
    assertEquals(2, totals.getInt("expiring60"));
    assertEquals(3, totals.getInt("expiring90"));
    assertEquals(1, onlyA.getJsonArray("departments").size());
    assertFigures(course(onlyA, fire).getJsonObject("figures"), 6, 4, 2, 66.7);
    assertFigures(course(onlyA, data).getJsonObject("figures"), 6, 2, 2, 33.3);

    JsonObject dataOnly = dashboard("hannah", "department=" + enc(DEPT_A) + "&course=" + data);
    assertFigures(dataOnly.getJsonObject("totals").getJsonObject("figures"), 6, 2, 2, 33.3);
    assertEquals(1, dataOnly.getJsonArray("courses").size());

    JsonObject teams = page("hannah", "/departments/" + enc(DEPT_A) + "/teams");
    assertEquals(3, teams.getInt("total"));
    assertTeam(item(teams, "manager", M1), 2, 4, 1, 2, 25.0);
    assertTeam(item(teams, "manager", M2), 2, 4, 3, 1, 75.0);
    assertTeam(item(teams, "manager", ""), 2, 4, 2, 1, 50.0);
  }

  @Test
  void aManagerSeesTheirWholeLineAndNobodyElse() throws SQLException {
    data();
    JsonObject mine = dashboard(M1, "");
    JsonObject totals = mine.getJsonObject("totals");
    assertFigures(totals.getJsonObject("figures"), 8, 4, 3, 50.0);
    assertEquals(1, totals.getInt("expired"));
    assertEquals(1, totals.getInt("expiring30"));
    assertEquals(2, totals.getInt("expiring60"));
    assertEquals(2, totals.getInt("expiring90"));
    JsonArray departments = mine.getJsonArray("departments");
    assertEquals(1, departments.size(), departments.toString());
    assertFigures(department(mine, DEPT_A).getJsonObject("figures"), 8, 4, 3, 50.0);

    JsonObject teams = page(M1, "/departments/" + enc(DEPT_A) + "/teams");
    assertEquals(2, teams.getInt("total"), teams.toString());
    assertTeam(item(teams, "manager", M1), 2, 4, 1, 2, 25.0);
    assertTeam(item(teams, "manager", M2), 2, 4, 3, 1, 75.0);

    JsonObject people = page(M1, "/teams/" + M2 + "/people");
    assertEquals(2, people.getInt("total"));
    JsonObject p1 = item(people, "username", P1);
    assertEquals("Test " + P1, p1.getString("displayName"));
    assertFigures(p1.getJsonObject("figures"), 2, 1, 1, 50.0);
    assertNotNull(p1.getString("nextDue"));
    assertFigures(item(people, "username", P2).getJsonObject("figures"), 2, 2, 0, 100.0);

    JsonObject courses = page(M1, "/people/" + P1 + "/courses");
    assertEquals(2, courses.getInt("total"));
    JsonObject fireCourse = item(courses, "title", "Fire safety " + RUN);
    assertEquals("EXPIRING", fireCourse.getString("status"));
    assertTrue(fireCourse.getBoolean("compliant"));
    assertNotNull(fireCourse.getString("validUntil"));
    JsonObject dataCourse = item(courses, "title", "Data protection " + RUN);
    assertEquals("OVERDUE", dataCourse.getString("status"));
    assertTrue(dataCourse.getBoolean("overdue"));
    assertEquals(
        "EXPIRED",
        item(page(M1, "/people/" + M2 + "/courses"), "title", "Fire safety " + RUN)
            .getString("status"));
  }

  @Test
  void peopleOutsideTheLineAreNotFoundAndForeignManagersAreRefused() throws SQLException {
    data();
    for (String stranger : List.of(O1, X1, M1, "nobody" + RUN)) {
      HttpResponse<String> person = get(M1, BASE + "/people/" + stranger + "/courses");
      assertEquals(404, person.statusCode(), stranger + ": " + person.body());
    }
    assertEquals(404, get(M1, BASE + "/teams/" + X1 + "/people").statusCode());
    HttpResponse<String> foreign = get(M1, BASE + "?manager=" + X1);
    assertEquals(400, foreign.statusCode(), foreign.body());
    assertTrue(foreign.body().contains("not in your reporting line"), foreign.body());

    JsonObject overdue = page(M1, "/overdue");
    List<String> names = strings(overdue, "username");
    assertTrue(!names.contains(O1) && !names.contains(X1), names.toString());
    // HR may open anyone's page, the colleague from the other line included.
    assertEquals(200, get("hannah", BASE + "/people/" + O1 + "/courses").statusCode());
  }

  @Test
  void overdueAndExpiringListsAreSortedByDate() throws SQLException {
    data();
    JsonObject overdue = page(M1, "/overdue");
    assertEquals(3, overdue.getInt("total"), overdue.toString());
    JsonArray items = overdue.getJsonArray("items");
    assertEquals(M2, items.getJsonObject(0).getString("username"));
    assertEquals(35, items.getJsonObject(0).getInt("daysOverdue"));
    assertEquals(C1, items.getJsonObject(1).getString("username"));
    assertEquals(10, items.getJsonObject(1).getInt("daysOverdue"));
    assertEquals(P1, items.getJsonObject(2).getString("username"));
    assertEquals(3, items.getJsonObject(2).getInt("daysOverdue"));
    assertEquals(DEPT_A, items.getJsonObject(2).getString("department"));
    assertEquals(M2, items.getJsonObject(2).getString("manager"));

    JsonObject paged = page(M1, "/overdue?offset=1&limit=1");
    assertEquals(3, paged.getInt("total"));
    assertEquals(C1, paged.getJsonArray("items").getJsonObject(0).getString("username"));
    assertEquals(2, paged.getInt("nextOffset"));

    assertEquals(List.of(P1), strings(page(M1, "/expiring?days=30"), "username"));
    assertEquals(List.of(P1, P2), strings(page(M1, "/expiring?days=60"), "username"));
    assertEquals(List.of(P1, P2), strings(page(M1, "/expiring?days=90"), "username"));
    assertEquals(
        List.of(P1, P2, O1),
        strings(page("hannah", "/expiring?days=90&department=" + enc(DEPT_A)), "username"));
    assertEquals(400, get(M1, BASE + "/expiring?days=45").statusCode());
  }

  @Test
  void plainStaffAreRefusedAndTheRefusalIsAudited() throws SQLException {
    data();
    HttpResponse<String> refused = get(S1, BASE);
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    assertTrue(auditActions(S1).contains("REPORT_ACCESS_DENIED"));
    assertEquals(403, get(S1, BASE + "/overdue").statusCode());
    assertEquals(403, api().post(BASE + "/snapshots", S1, PASSWORD).statusCode());
    assertEquals(403, api().post(BASE + "/snapshots", M1, PASSWORD).statusCode());
  }

  @Test
  void badFiltersAreClearMessages() throws SQLException {
    data();
    HttpResponse<String> backwards = get("hannah", BASE + "?from=2026-05-01&to=2026-01-01");
    assertEquals(400, backwards.statusCode());
    assertTrue(backwards.body().contains("after its last day"), backwards.body());
    HttpResponse<String> huge = get("hannah", BASE + "?from=2010-01-01&to=2026-01-01");
    assertEquals(400, huge.statusCode());
    assertTrue(huge.body().contains("longer than three years"), huge.body());
    HttpResponse<String> unknown = get("hannah", BASE + "?department=" + enc("Nowhere " + RUN));
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("There is no department"), unknown.body());
    assertEquals(400, get("hannah", BASE + "/overdue?limit=1000").statusCode());
  }

  @Test
  void snapshotsKeepOneRowSetPerMonthAndFeedTheTrend() throws SQLException {
    data();
    LocalDate month = LocalDate.now().withDayOfMonth(1);
    HttpResponse<String> taken = api().post(BASE + "/snapshots", "hannah", PASSWORD);
    assertEquals(200, taken.statusCode(), taken.body());
    assertEquals(month.toString(), Api.json(taken).getString("month"));
    assertTrue(auditActions("hannah").contains("COMPLIANCE_SNAPSHOT_TAKEN"));
    // Per team (manager) of department A: required, compliant, overdue over both courses.
    assertEquals(List.of(" |4|2|1", M1 + "|4|1|2", M2 + "|4|3|1"), snapshot(month));

    assertEquals(200, api().post(BASE + "/snapshots", "adam", PASSWORD).statusCode());
    assertEquals(List.of(" |4|2|1", M1 + "|4|1|2", M2 + "|4|3|1"), snapshot(month));

    // An earlier month of m2's team, as the timer would have stored it.
    LocalDate earlier = month.minusMonths(2);
    sql(
        "insert into compliance_snapshot (month, manager_username, department, course_id,"
            + " required, compliant, overdue, taken_at) values (?, ?, ?, ?, 2, 1, 1, now())",
        java.sql.Date.valueOf(earlier),
        M2,
        DEPT_A,
        fire);
    JsonArray trend = dashboard(M1, "").getJsonArray("trend");
    assertEquals(2, trend.size(), trend.toString());
    assertEquals(earlier.toString(), trend.getJsonObject(0).getString("month"));
    assertFigures(trend.getJsonObject(0).getJsonObject("figures"), 2, 1, 1, 50.0);
    assertEquals(month.toString(), trend.getJsonObject(1).getString("month"));
    assertTrue(trend.getJsonObject(1).getBoolean("live"));
    assertFigures(trend.getJsonObject(1).getJsonObject("figures"), 8, 4, 3, 50.0);
    // A period that ends before this month shows the stored month only.
    JsonArray past =
        dashboard(M1, "from=" + earlier + "&to=" + month.minusDays(1)).getJsonArray("trend");
    assertEquals(1, past.size(), past.toString());
    // Someone outside m1's line sees none of m2's stored rows.
    JsonArray others = dashboard("hannah", "department=" + enc(DEPT_B)).getJsonArray("trend");
    assertEquals(1, others.size(), others.toString());
  }

  // ---- the data set ----

  private synchronized void data() throws SQLException {
    if (ready) {
      return;
    }
    newPerson(M1, DEPT_A, null, true);
    newPerson(M2, DEPT_A, M1, true);
    newPerson(P1, DEPT_A, M2, false);
    newPerson(P2, DEPT_A, M2, false);
    newPerson(C1, DEPT_A, M1, false);
    newPerson(O1, DEPT_A, null, false);
    newPerson(X1, DEPT_B, null, false);
    newPerson(S1, "Compliance C " + RUN, null, false);
    fire = course("Fire safety " + RUN, 12);
    data = course("Data protection " + RUN, null);
    rule(fire, DEPT_A, 30);
    rule(fire, DEPT_A, 60);
    rule(data, DEPT_A, 30);
    rule(fire, DEPT_B, 30);

    // m1: fire done 10 days ago (valid 355 more days); data not done, due in 20 days.
    complete(M1, fire, 10, 355);
    due(M1, data, 20);
    // m2: fire expired 35 days ago (overdue); data done, never expires.
    complete(M2, fire, 400, -35);
    due(M2, fire, -100);
    complete(M2, data, 5, null);
    // p1: fire expiring in 15 days; data overdue by 3 days.
    complete(P1, fire, 350, 15);
    due(P1, data, -3);
    // p2: fire expiring in 45 days; data done.
    complete(P2, fire, 320, 45);
    complete(P2, data, 30, null);
    // c1: fire overdue by 10 days; data due in 5 days.
    due(C1, fire, -10);
    due(C1, data, 5);
    // o1: fire expiring in 80 days; data overdue by a day.
    complete(O1, fire, 285, 80);
    due(O1, data, -1);
    // x1: fire valid for 200 more days.
    complete(X1, fire, 165, 200);
    ready = true;
  }

  private void newPerson(String uid, String department, String manager, boolean isManager) {
    TestEnvironment.directory().addPerson(uid, "Test " + uid, department, "Engineer", manager);
    if (isManager) {
      TestEnvironment.directory().addToGroup(uid, "LC-Managers");
    }
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
  }

  private void rule(long course, String department, int dueDays) {
    HttpResponse<String> created =
        api()
            .postJson(
                "api/v1/assignment-rules",
                "hannah",
                PASSWORD,
                "{\"courseId\":"
                    + course
                    + ",\"scope\":\"DEPARTMENT\",\"value\":\""
                    + department
                    + "\",\"dueDays\":"
                    + dueDays
                    + "}");
    assertEquals(201, created.statusCode(), created.body());
  }

  private static void complete(String uid, long course, int daysAgo, Integer validDays)
      throws SQLException {
    String code = "c" + uid + course;
    sql(
        "insert into completion (course_id, username, completed_at, minutes, source, valid_until,"
            + " verification_code, recorded_by, recorded_at) values (?, ?,"
            + " now() - make_interval(days => ?), 30, 'IMPORT', "
            + (validDays == null ? "null" : "now() + make_interval(days => " + validDays + ")")
            + ", ?, 'test', now())",
        course,
        uid,
        daysAgo,
        code.substring(0, Math.min(32, code.length())));
  }

  private static void due(String uid, long course, int days) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement update =
            db.prepareStatement(
                "update course_assignment set due_at = now() + make_interval(days => ?)"
                    + " where username = ? and course_id = ? and status = 'ACTIVE'")) {
      update.setInt(1, days);
      update.setString(2, uid);
      update.setLong(3, course);
      assertTrue(update.executeUpdate() > 0);
    }
  }

  private static long course(String title, Integer validityMonths) {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into course (title, summary, category, duration_minutes, format, owner,"
                    + " status, validity_months, renewal_window_days, created_at, updated_at,"
                    + " published_at) values (?, 'A course for the tests', 'Compliance', 30,"
                    + " 'E_LEARNING', 'hannah', 'PUBLISHED', ?, 30, now(), now(), now())"
                    + " returning id")) {
      insert.setString(1, title);
      insert.setObject(2, validityMonths);
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- helpers ----

  private HttpResponse<String> get(String user, String path) {
    return api().get(path, user, PASSWORD);
  }

  private JsonObject dashboard(String user, String query) {
    HttpResponse<String> response = get(user, BASE + (query.isEmpty() ? "" : "?" + query));
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  private JsonObject page(String user, String path) {
    HttpResponse<String> response = get(user, BASE + path);
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  private static JsonObject department(JsonObject dashboard, String name) {
    for (JsonValue value : dashboard.getJsonArray("departments")) {
      JsonObject department = value.asJsonObject();
      if (name.equals(department.getString("department", null))) {
        return department;
      }
    }
    throw new AssertionError(name + " missing in " + dashboard.getJsonArray("departments"));
  }

  private static JsonObject course(JsonObject dashboard, long id) {
    for (JsonValue value : dashboard.getJsonArray("courses")) {
      if (value.asJsonObject().getJsonNumber("courseId").longValue() == id) {
        return value.asJsonObject();
      }
    }
    throw new AssertionError("course " + id + " missing in " + dashboard.getJsonArray("courses"));
  }

  private static JsonObject item(JsonObject page, String key, String value) {
    for (JsonValue item : page.getJsonArray("items")) {
      if (value.equals(item.asJsonObject().getString(key, null))) {
        return item.asJsonObject();
      }
    }
    throw new AssertionError(key + "=" + value + " missing in " + page);
  }

  private static List<String> strings(JsonObject page, String key) {
    List<String> found = new ArrayList<>();
    for (JsonValue item : page.getJsonArray("items")) {
      found.add(item.asJsonObject().getString(key));
    }
    return found;
  }

  private static void assertFigures(
      JsonObject figures, long required, long compliant, long overdue, Double percent) {
    assertEquals(required, figures.getJsonNumber("required").longValue(), figures.toString());
    assertEquals(compliant, figures.getJsonNumber("compliant").longValue(), figures.toString());
    assertEquals(overdue, figures.getJsonNumber("overdue").longValue(), figures.toString());
    if (percent == null) {
      assertNull(figures.get("percent"));
    } else {
      assertEquals(percent, figures.getJsonNumber("percent").doubleValue(), 0.0001);
    }
  }

  private static void assertTeam(
      JsonObject team, long size, long required, long compliant, long overdue, double percent) {
    assertEquals(size, team.getJsonNumber("teamSize").longValue(), team.toString());
    assertFigures(team.getJsonObject("figures"), required, compliant, overdue, percent);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * The month's snapshot rows of department A per manager: "manager|required|compliant|overdue".
   */
  private static List<String> snapshot(LocalDate month) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement query =
            db.prepareStatement(
                "select case when manager_username = '' then ' ' else manager_username end,"
                    + " sum(required), sum(compliant), sum(overdue), count(*)"
                    + " from compliance_snapshot where month = ? and department = ?"
                    + " group by manager_username order by manager_username")) {
      query.setDate(1, java.sql.Date.valueOf(month));
      query.setString(2, DEPT_A);
      List<String> rows = new ArrayList<>();
      try (ResultSet found = query.executeQuery()) {
        while (found.next()) {
          assertEquals(2, found.getInt(5), "one row per course");
          rows.add(
              found.getString(1)
                  + "|"
                  + found.getInt(2)
                  + "|"
                  + found.getInt(3)
                  + "|"
                  + found.getInt(4));
        }
      }
      return rows;
    }
  }

  private static void sql(String statement, Object... values) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement update = db.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        update.setObject(i + 1, values[i]);
      }
      assertEquals(1, update.executeUpdate());
    }
  }

  private static List<String> auditActions(String actor) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement query =
            db.prepareStatement("select action from audit_event where actor = ?")) {
      query.setString(1, actor);
      List<String> actions = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          actions.add(rows.getString(1));
        }
      }
      return actions;
    }
  }
}
