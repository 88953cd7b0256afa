package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningcommons.demo.DemoDirectory;
import org.learningcommons.demo.TestEnvironment;
import org.learningcommons.learning.TrainingStatus;
import org.openqa.selenium.By;

/**
 * Mandatory training as HR, learners, managers and administrators notice it: rules assign courses
 * with due dates and enrol the people they match; a directory move takes an assignment away (kept
 * as history) and gives the new department's; managers enrol their reports and nobody else; the
 * timers remind, escalate and open renewals once each. Courses are inserted with SQL (published),
 * since course authoring is another part's API. The environment evaluates rules in batches of 40
 * people and runs the timers in batches of two, so that both cross batches.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MandatoryTrainingIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final String RULES = "api/v1/assignment-rules";
  private static final String TIMERS = "api/v1/admin/training-timers";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Test
  void aDepartmentRuleAssignsAndEnrolsItsMembersWithTheirDueDateAndNobodyElse()
      throws SQLException {
    String department = "Safety " + RUN;
    String first = newPerson("ma1" + RUN, department, null);
    String second = newPerson("ma2" + RUN, department, null);
    String outsider = newPerson("mo1" + RUN, "Elsewhere " + RUN, null);
    long course = publishedCourse("Fire safety " + RUN, null);

    Instant before = Instant.now();
    HttpResponse<String> created = createRule(course, "DEPARTMENT", department, 30);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject saved = Api.json(created);
    long rule = saved.getJsonObject("rule").getJsonNumber("id").longValue();
    assertEquals(2, saved.getJsonObject("rule").getInt("assigned"));
    assertEquals(2, saved.getJsonObject("evaluation").getInt("assigned"));
    assertTrue(saved.getJsonObject("evaluation").getInt("batches") > 1, saved.toString());
    assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/" + rule));

    for (String member : List.of(first, second)) {
      JsonObject mine = myEnrolment(member, course).orElseThrow();
      assertTrue(mine.getBoolean("mandatory"));
      assertEquals("RULE", mine.getString("origin"));
      assertEquals("ASSIGNED", mine.getString("status"));
      Instant due = Instant.parse(mine.getString("dueAt"));
      assertFalse(due.isBefore(before.plus(Duration.ofDays(30))), due.toString());
      assertTrue(due.isBefore(Instant.now().plus(Duration.ofDays(30))), due.toString());
      List<JsonObject> told = notifications(member, "TRAINING_ASSIGNED");
      assertEquals(1, told.size(), told.toString());
      assertEquals("Fire safety " + RUN, told.get(0).getString("subject"));
    }
    assertTrue(myEnrolment(outsider, course).isEmpty());

    JsonObject assignments =
        Api.json(api().get(RULES + "/" + rule + "/assignments", "hannah", PASSWORD));
    assertEquals(2, assignments.getInt("total"));
    assertTrue(auditActions("hannah").contains("ASSIGNMENT_RULE_SAVED"));

    // Evaluating again changes nothing for them: nobody is assigned or told twice.
    HttpResponse<String> again = api().post(RULES + "/evaluation", "hannah", PASSWORD);
    assertEquals(200, again.statusCode(), again.body());
    assertTrue(Api.json(again).getInt("people") > 2);
    assertEquals(1, notifications(first, "TRAINING_ASSIGNED").size());
    assertEquals(
        2,
        Api.json(api().get(RULES + "/" + rule + "/assignments", "hannah", PASSWORD))
            .getInt("total"));
    assertTrue(auditActions("hannah").contains("ASSIGNMENT_RULES_EVALUATED"));
  }

  @Test
  void aPersonMovedByTheDirectoryLosesTheAssignmentWithHistoryAndGainsTheNewDepartments()
      throws SQLException {
    String from = "Depot " + RUN;
    String to = "Office " + RUN;
    String mover = newPerson("mv1" + RUN, from, null);
    long forklifts = publishedCourse("Forklifts " + RUN, null);
    long ergonomics = publishedCourse("Ergonomics " + RUN, null);
    long depotRule = ruleId(createRule(forklifts, "DEPARTMENT", from, 14));
    long officeRule = ruleId(createRule(ergonomics, "DEPARTMENT", to, 21));
    assertTrue(myEnrolment(mover, forklifts).orElseThrow().getBoolean("mandatory"));
    assertTrue(myEnrolment(mover, ergonomics).isEmpty());

    TestEnvironment.directory().replace(mover, "departmentNumber", to);
    sync();

    assertTrue(myEnrolment(mover, forklifts).isEmpty(), "the rule enrolment is withdrawn");
    JsonObject ergonomic = myEnrolment(mover, ergonomics).orElseThrow();
    assertTrue(ergonomic.getBoolean("mandatory"));
    List<JsonObject> history = assignments(depotRule, mover);
    assertEquals(1, history.size(), history.toString());
    assertEquals("REMOVED", history.get(0).getString("status"));
    assertEquals("NO_LONGER_MATCHES", history.get(0).getString("reason"));
    assertEquals("ACTIVE", assignments(officeRule, mover).get(0).getString("status"));

    // Back again: a new assignment beside the old one.
    TestEnvironment.directory().replace(mover, "departmentNumber", from);
    sync();
    List<JsonObject> back = assignments(depotRule, mover);
    assertEquals(2, back.size(), back.toString());
    assertEquals("ACTIVE", back.get(0).getString("status"));
    assertEquals("REMOVED", back.get(1).getString("status"));
    assertEquals("REMOVED", assignments(officeRule, mover).get(0).getString("status"));
    assertTrue(myEnrolment(mover, forklifts).orElseThrow().getBoolean("mandatory"));

    // A leaver loses it too.
    TestEnvironment.directory().remove(mover);
    sync();
    assertEquals("LEFT", assignments(depotRule, mover).get(0).getString("reason"));
  }

  @Test
  void aGroupRuleMatchesTheMembersTheSyncRecordedAndADeletedRuleRemovesItsAssignments()
      throws SQLException {
    String outsider = newPerson("mg1" + RUN, "Groupless " + RUN, null);
    sync();
    long course = publishedCourse("HR data protection " + RUN, null);
    long rule = ruleId(createRule(course, "GROUP", "lc-hr", 10));

    assertTrue(myEnrolment("hannah", course).orElseThrow().getBoolean("mandatory"));
    assertTrue(myEnrolment(outsider, course).isEmpty());

    // The rule moves to another course: the old course's assignment ends, the new one's begins.
    long other = publishedCourse("HR records " + RUN, null);
    HttpResponse<String> moved =
        api().put(RULES + "/" + rule, "hannah", PASSWORD, ruleBody(other, "GROUP", "LC-HR", 10));
    assertEquals(200, moved.statusCode(), moved.body());
    assertTrue(myEnrolment("hannah", course).isEmpty());
    assertTrue(myEnrolment("hannah", other).orElseThrow().getBoolean("mandatory"));
    assertEquals("RULE_CHANGED", assignments(rule, "hannah").get(1).getString("reason"));

    HttpResponse<String> deleted = api().delete(RULES + "/" + rule, "hannah", PASSWORD);
    assertEquals(200, deleted.statusCode(), deleted.body());
    assertEquals(404, api().get(RULES + "/" + rule, "hannah", PASSWORD).statusCode());
    assertTrue(myEnrolment("hannah", other).isEmpty());
    assertEquals("RULE_DELETED", assignments(rule, "hannah").get(0).getString("reason"));
    assertTrue(auditActions("hannah").contains("ASSIGNMENT_RULE_DELETED"));
  }

  @Test
  void aRuleDueAfterHireCountsFromTheDirectorysHireDate() {
    String department = "Newcomers " + RUN;
    String hired = newPerson("mh1" + RUN, department, null);
    TestEnvironment.directory().hiredOn(hired, LocalDate.parse("2026-01-10"));
    sync();
    long course = publishedCourse("Induction " + RUN, null);
    HttpResponse<String> created =
        api()
            .postJson(
                RULES,
                "hannah",
                PASSWORD,
                "{\"courseId\":"
                    + course
                    + ",\"scope\":\"DEPARTMENT\",\"value\":\""
                    + department
                    + "\",\"dueDays\":14,\"dueFrom\":\"HIRE\"}");
    long rule = ruleId(created);
    assertEquals("HIRE", Api.json(created).getJsonObject("rule").getString("dueFrom"));
    assertEquals(
        Instant.parse("2026-01-24T00:00:00Z"),
        Instant.parse(assignments(rule, hired).get(0).getString("dueAt")));
    JsonObject mine = myEnrolment(hired, course).orElseThrow();
    assertEquals("OVERDUE", mine.getString("status"), "hired long ago: due at once");
  }

  @Test
  void aManagerEnrolsAReportButNotSomebodyElseAndHrEnrolsAnyoneWithAReport() throws SQLException {
    String manager = newPerson("mm1" + RUN, "Sales " + RUN, null);
    String report = newPerson("mr1" + RUN, "Sales " + RUN, manager);
    String deep = newPerson("mr2" + RUN, "Sales " + RUN, report);
    String stranger = newPerson("ms1" + RUN, "Sales " + RUN, null);
    long course = publishedCourse("Negotiation " + RUN, null);
    String due = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS).toString();

    HttpResponse<String> enrolled =
        api()
            .postJson(
                "api/v1/enrolments",
                manager,
                PASSWORD,
                enrolBody(course, List.of(report, deep), due));
    assertEquals(200, enrolled.statusCode(), enrolled.body());
    assertEquals(2, Api.json(enrolled).getJsonArray("enrolled").size());
    JsonObject mine = myEnrolment(report, course).orElseThrow();
    assertEquals("MANAGER", mine.getString("origin"));
    assertFalse(mine.getBoolean("mandatory"));
    assertEquals(Instant.parse(due), Instant.parse(mine.getString("dueAt")));
    assertEquals(1, notifications(report, "COURSE_ENROLLED").size());
    assertTrue(auditActions(manager).contains("ENROLLED_BY_OTHER"));

    HttpResponse<String> refused =
        api()
            .postJson(
                "api/v1/enrolments", manager, PASSWORD, enrolBody(course, List.of(stranger), null));
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(myEnrolment(stranger, course).isEmpty());

    HttpResponse<String> byHr =
        api()
            .postJson(
                "api/v1/enrolments",
                "hannah",
                PASSWORD,
                enrolBody(course, List.of(stranger, report, "nobody" + RUN, stranger), null));
    assertEquals(200, byHr.statusCode(), byHr.body());
    JsonObject report2 = Api.json(byHr);
    assertEquals(stranger, report2.getJsonArray("enrolled").getJsonObject(0).getString("username"));
    List<String> reasons =
        report2.getJsonArray("skipped").stream()
            .map(
                v ->
                    v.asJsonObject().getString("username")
                        + ":"
                        + v.asJsonObject().getString("reason"))
            .toList();
    assertTrue(reasons.contains(report + ":ALREADY_ENROLLED"), reasons.toString());
    assertTrue(reasons.contains("nobody" + RUN + ":UNKNOWN_PERSON"), reasons.toString());
    assertTrue(reasons.contains(stranger + ":DUPLICATE"), reasons.toString());
    assertEquals("HR", myEnrolment(stranger, course).orElseThrow().getString("origin"));

    long enrolment = mine.getJsonNumber("enrolmentId").longValue();
    assertEquals(
        404, api().delete("api/v1/enrolments/" + enrolment, stranger, PASSWORD).statusCode());
    assertEquals(
        403, api().delete("api/v1/enrolments/" + enrolment, report, PASSWORD).statusCode());
    assertEquals(
        204, api().delete("api/v1/enrolments/" + enrolment, manager, PASSWORD).statusCode());
    assertTrue(myEnrolment(report, course).isEmpty());
    assertTrue(auditActions(manager).contains("ENROLMENT_WITHDRAWN"));

    HttpResponse<String> pastDue =
        api()
            .postJson(
                "api/v1/enrolments",
                "hannah",
                PASSWORD,
                enrolBody(course, List.of(report), Instant.now().minusSeconds(60).toString()));
    assertEquals(400, pastDue.statusCode(), pastDue.body());
  }

  @Test
  void staffMayNotSeeOrChangeRulesNorRunTheTimers() {
    String staff = newPerson("mx1" + RUN, "Plain " + RUN, null);
    long course = publishedCourse("Not for staff " + RUN, null);
    assertEquals(403, api().get(RULES, staff, PASSWORD).statusCode());
    assertEquals(
        403,
        api().postJson(RULES, staff, PASSWORD, ruleBody(course, "EVERYONE", null, 5)).statusCode());
    assertEquals(403, api().post(RULES + "/evaluation", staff, PASSWORD).statusCode());
    assertEquals(403, api().post(TIMERS, staff, PASSWORD).statusCode());
    assertEquals(403, api().post(TIMERS, "hannah", PASSWORD).statusCode());
    JsonObject team = Api.json(api().get("api/v1/team/training", staff, PASSWORD));
    assertEquals(0, team.getInt("total"));
  }

  @Test
  void aRuleIsCheckedFieldByField() {
    long draft = course("Draft " + RUN, null, "DRAFT");
    long course = publishedCourse("Checked " + RUN, null);
    assertField(ruleBody(null, "EVERYONE", null, 5), "courseId");
    assertField(ruleBody(draft, "EVERYONE", null, 5), "courseId");
    assertField(ruleBody(course, "DEPARTMENT", " ", 5), "value");
    assertField(ruleBody(course, "ROLE", "CEO", 5), "value");
    assertField(ruleBody(course, "EVERYONE", null, -1), "dueDays");
    assertField(ruleBody(course, "COMPANY", null, 5), "scope");
  }

  @Test
  void timersRemindOnceEscalateToTheManagerOnceAndOpenRenewals() throws SQLException {
    String department = "Lab " + RUN;
    String manager = newPerson("tm1" + RUN, "Lab lead " + RUN, null);
    String learner = newPerson("tl1" + RUN, department, manager);
    String renewer = newPerson("tr1" + RUN, department, manager);
    long course = publishedCourse("Lab safety " + RUN, null);
    long recurring = publishedCourse("Chemicals " + RUN, 12);
    ruleId(createRule(course, "DEPARTMENT", department, 3));

    runTimers();
    runTimers();
    assertEquals(1, notifications(learner, "TRAINING_DUE_REMINDER").size());
    assertTrue(notifications(learner, "TRAINING_OVERDUE").isEmpty());

    sql(
        "update enrolment set due_at = now() - interval '1 day' where course_id = ? and username = ?",
        course,
        learner);
    runTimers();
    runTimers();
    assertEquals(1, notifications(learner, "TRAINING_OVERDUE").size());
    List<JsonObject> escalated = notifications(manager, "TRAINING_OVERDUE_ESCALATION");
    assertEquals(1, escalated.size(), escalated.toString());
    assertTrue(escalated.get(0).getString("subject").contains("Test " + learner));
    JsonObject overdue = myEnrolment(learner, course).orElseThrow();
    assertEquals("OVERDUE", overdue.getString("status"));
    assertEquals(
        TrainingStatus.OVERDUE,
        TrainingStatus.of(
            Instant.parse(overdue.getString("dueAt")), false, null, null, 30, Instant.now()));
    JsonObject team = Api.json(api().get("api/v1/team/training?status=OVERDUE", manager, PASSWORD));
    assertEquals(1, team.getInt("total"), team.toString());
    assertEquals(learner, team.getJsonArray("items").getJsonObject(0).getString("username"));
    assertEquals(2, Api.json(api().get("api/v1/team/training", manager, PASSWORD)).getInt("total"));

    // The renewer completed the recurring course eleven months and three weeks ago: its window
    // (30 days) is open, so the timers tell them and enrol them again, due when it expires.
    long recurringRule = ruleId(createRule(recurring, "DEPARTMENT", department, 30));
    long enrolment =
        myEnrolment(renewer, recurring).orElseThrow().getJsonNumber("enrolmentId").longValue();
    Instant validUntil = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
    sql("update enrolment set status = 'COMPLETED', completed_at = now() where id = ?", enrolment);
    sql(
        "insert into completion (course_id, username, enrolment_id, completed_at, minutes, source,"
            + " valid_until, verification_code, recorded_by, recorded_at) values (?, ?, ?,"
            + " now() - interval '355 days', 30, 'COURSE', ?, ?, ?, now())",
        recurring,
        renewer,
        enrolment,
        java.sql.Timestamp.from(validUntil),
        "IT" + RUN + "R",
        renewer);
    runTimers();
    runTimers();
    assertEquals(1, notifications(renewer, "TRAINING_EXPIRY_REMINDER").size());
    JsonObject renewal = myEnrolment(renewer, recurring).orElseThrow();
    assertEquals("ACTIVE", renewal.getString("enrolmentStatus"));
    assertTrue(renewal.getJsonNumber("enrolmentId").longValue() != enrolment);
    assertEquals(validUntil, Instant.parse(renewal.getString("dueAt")));
    assertEquals("EXPIRING", renewal.getString("status"));
    assertEquals(
        TrainingStatus.EXPIRING,
        TrainingStatus.of(
            Instant.parse(renewal.getString("dueAt")),
            false,
            Instant.parse(renewal.getString("completedAt")),
            Instant.parse(renewal.getString("validUntil")),
            30,
            Instant.now()));
    assertEquals(1, countActive(recurring, renewer));
    assertNotNull(assignments(recurringRule, renewer).get(0));
  }

  @Test
  void hrMakesACourseMandatoryOnTheRulesPageAndAMemberSeesItWithItsDueDate() {
    String department = "Pages " + RUN;
    String member = newPerson("mp1" + RUN, department, null);
    String title = "Page safety " + RUN;
    long course = publishedCourse(title, null);
    try (Browser hr = new Browser(base)) {
      hr.signIn("hannah", PASSWORD);
      hr.open("/learning/rules.xhtml");
      hr.waitFor(By.id("ruleForm:saveRule"));
      hr.script(
          "PrimeFaces.widgets['widget_ruleForm_ruleCourse'].selectValue('"
              + course
              + "');"
              + "PrimeFaces.widgets['widget_ruleForm_ruleScope'].selectValue('DEPARTMENT');");
      hr.type(By.id("ruleForm:ruleValue"), department);
      hr.type(By.id("ruleForm:ruleDueDays"), "21");
      hr.clickAndWaitForAjax(By.id("ruleForm:saveRule"));
      assertTrue(hr.text(By.id("evaluationResult")).contains("1 assigned"), hr.pageText());
      assertTrue(hr.pageText().contains(title), "the new rule is listed");
    }
    try (Browser learner = new Browser(base)) {
      learner.signIn(member, PASSWORD);
      learner.clickAndWaitForPage(By.id("nav-my-learning"));
      assertEquals(title, learner.text(By.id("myLearning:enrolments:0:courseTitle")));
      assertFalse(learner.text(By.id("myLearning:enrolments:0:due")).isBlank());
      assertEquals("Assigned", learner.text(By.id("myLearning:enrolments:0:status")));
      learner.open("/learning/team.xhtml");
      assertTrue(learner.text(By.id("noTeam")).contains("Nobody reports to you"));
      learner.open("/learning/rules.xhtml");
      assertTrue(learner.pageText().contains("403") || !learner.pageText().contains(title));
    }
  }

  // --- helpers

  private void assertField(String body, String field) {
    HttpResponse<String> response = api().postJson(RULES, "hannah", PASSWORD, body);
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"" + field + "\""), response.body());
  }

  private String newPerson(String uid, String department, String manager) {
    TestEnvironment.directory().addPerson(uid, "Test " + uid, department, "Engineer", manager);
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
    return uid;
  }

  private void sync() {
    HttpResponse<String> sync = api().post("api/v1/admin/directory-sync", "adam", PASSWORD);
    assertEquals(200, sync.statusCode(), sync.body());
    assertEquals("SUCCEEDED", Api.json(sync).getString("status"), sync.body());
  }

  private void runTimers() {
    HttpResponse<String> run = api().post(TIMERS, "adam", PASSWORD);
    assertEquals(200, run.statusCode(), run.body());
  }

  private HttpResponse<String> createRule(long course, String scope, String value, int dueDays) {
    return api().postJson(RULES, "hannah", PASSWORD, ruleBody(course, scope, value, dueDays));
  }

  private static long ruleId(HttpResponse<String> created) {
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).getJsonObject("rule").getJsonNumber("id").longValue();
  }

  private static String ruleBody(Long course, String scope, String value, int dueDays) {
    return "{\"courseId\":"
        + course
        + ",\"scope\":\""
        + scope
        + "\""
        + (value == null ? "" : ",\"value\":\"" + value + "\"")
        + ",\"dueDays\":"
        + dueDays
        + "}";
  }

  private static String enrolBody(long course, List<String> usernames, String dueAt) {
    return "{\"courseId\":"
        + course
        + ",\"usernames\":["
        + String.join(",", usernames.stream().map(u -> "\"" + u + "\"").toList())
        + "]"
        + (dueAt == null ? "" : ",\"dueAt\":\"" + dueAt + "\"")
        + "}";
  }

  private Optional<JsonObject> myEnrolment(String uid, long course) {
    HttpResponse<String> response = api().get("api/v1/me/enrolments?limit=100", uid, PASSWORD);
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getJsonNumber("courseId").longValue() == course)
        .filter(e -> !"WITHDRAWN".equals(e.getString("enrolmentStatus")))
        .findFirst();
  }

  private List<JsonObject> assignments(long rule, String uid) {
    HttpResponse<String> response =
        api().get(RULES + "/" + rule + "/assignments?limit=100", "hannah", PASSWORD);
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> uid.equals(a.getString("username")))
        .toList();
  }

  private List<JsonObject> notifications(String uid, String kind) {
    JsonObject page = Api.json(api().get("api/v1/notifications?limit=100", uid, PASSWORD));
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> kind.equals(n.getString("kind")))
        .toList();
  }

  private static long publishedCourse(String title, Integer validityMonths) {
    return course(title, validityMonths, "PUBLISHED");
  }

  private static long course(String title, Integer validityMonths, String status) {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into course (title, summary, category, duration_minutes, format, owner,"
                    + " status, validity_months, renewal_window_days, created_at, updated_at,"
                    + " published_at) values (?, 'A course for the tests', 'Compliance', 30,"
                    + " 'E_LEARNING', 'hannah', ?, ?, 30, now(), now(),"
                    + " case when ? = 'PUBLISHED' then now() end) returning id")) {
      insert.setString(1, title);
      insert.setString(2, status);
      insert.setObject(3, validityMonths);
      insert.setString(4, status);
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
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

  private static int countActive(long course, String uid) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement query =
            db.prepareStatement(
                "select count(*) from enrolment where course_id = ? and username = ?"
                    + " and status = 'ACTIVE'")) {
      query.setLong(1, course);
      query.setString(2, uid);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
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
