package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
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
import org.openqa.selenium.By;

/**
 * The record of development through the REST API: what a record shows, who may read it, external
 * learning with evidence and verification, goals with managers' comments, the PDF export and HR's
 * completion import. Courses, enrolments, progress and completions are set up with SQL, because the
 * course authoring and enrolment APIs are built in parallel; every test makes its own people (a
 * reporting line boss → manager → employee, and a peer outside it) and its own courses. HR: hannah.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DevelopmentRecordIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final String PROBLEM = "application/problem+json";
  private static final String HR = "hannah";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  /** A reporting line of three and a peer in another department, all signed in once. */
  private record Line(String boss, String manager, String employee, String peer) {}

  private Line line(String prefix) {
    String boss = prefix + "b" + RUN;
    String manager = prefix + "m" + RUN;
    String employee = prefix + "e" + RUN;
    String peer = prefix + "p" + RUN;
    person(boss, "Bea Boss" + prefix, "Development " + RUN, null);
    person(manager, "Max Manager" + prefix, "Development " + RUN, boss);
    person(employee, "Emma Employee" + prefix, "Development " + RUN, manager);
    person(peer, "Pete Peer" + prefix, "Elsewhere " + RUN, null);
    return new Line(boss, manager, employee, peer);
  }

  private void person(String uid, String name, String department, String manager) {
    TestEnvironment.directory().addPerson(uid, name, department, "Engineer", manager);
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
  }

  @Test
  void theRecordShowsCompletedCoursesProgressAndMandatoryTraining() throws SQLException {
    Line line = line("rec");
    String who = line.employee();
    long done = course("Fire safety " + RUN, 90, 12);
    long completion =
        completion(done, who, "greatest(date_trunc('year', now()), now() - interval '2 days')");
    long started = course("Data protection " + RUN, 60, null);
    long item = item(started, true);
    item(started, true);
    item(started, false);
    long enrolment = enrolment(started, who, "HR", "now() + interval '20 days'", true);
    progress(enrolment, item);
    long overdue = course("First aid " + RUN, 30, null);
    enrolment(overdue, who, "RULE", "now() - interval '1 day'", false);

    HttpResponse<String> response = api().get("api/v1/me/record", who, PASSWORD);
    assertEquals(200, response.statusCode(), response.body());
    JsonObject record = Api.json(response);
    assertEquals(who, record.getJsonObject("person").getString("username"));
    assertTrue(record.getBoolean("mine"));
    assertFalse(record.getBoolean("mayReview"));

    JsonObject completed = record.getJsonObject("completed");
    assertEquals(1, completed.getInt("total"));
    JsonObject first = completed.getJsonArray("items").getJsonObject(0);
    assertEquals("Fire safety " + RUN, first.getString("courseTitle"));
    assertEquals("1.50", first.getJsonNumber("hours").bigDecimalValue().toPlainString());
    assertEquals("/learning/certificate.xhtml?id=" + completion, first.getString("certificate"));
    assertEquals("/api/v1/certificates/" + completion + ".pdf", first.getString("certificatePdf"));
    assertFalse(first.getBoolean("expired"));
    assertFalse(first.isNull("validUntil"));

    JsonObject progress = only(record.getJsonArray("inProgress"), "courseId", started);
    assertEquals(2, progress.getInt("requiredItems"));
    assertEquals(1, progress.getInt("doneItems"));
    assertEquals(50, progress.getInt("percent"));

    JsonArray mandatory = record.getJsonArray("mandatory");
    assertEquals(2, mandatory.size(), mandatory.toString());
    assertEquals(overdue, mandatory.getJsonObject(0).getJsonNumber("courseId").longValue());
    assertEquals("OVERDUE", mandatory.getJsonObject(0).getString("status"));
    assertEquals("IN_PROGRESS", only(mandatory, "courseId", started).getString("status"));

    JsonObject cpd = record.getJsonObject("cpd");
    assertEquals(LocalDate.now(ZoneOffset.UTC).getYear(), cpd.getInt("year"));
    assertEquals(20, cpd.getInt("targetHours"));
    assertEquals("1.50", cpd.getJsonNumber("courseHours").bigDecimalValue().toPlainString());
    assertEquals(7, cpd.getInt("percentOfTarget"));

    String target = "api/v1/people/" + who + "/cpd-target";
    assertProblem(403, api().put(target, who, PASSWORD, "{\"hours\":5}"));
    assertProblem(400, api().put(target, HR, PASSWORD, "{\"hours\":-1}"));
    HttpResponse<String> set = api().put(target, HR, PASSWORD, "{\"hours\":10}");
    assertEquals(200, set.statusCode(), set.body());
    JsonObject personal =
        Api.json(api().get("api/v1/me/record", who, PASSWORD)).getJsonObject("cpd");
    assertEquals(10, personal.getInt("targetHours"));
    assertEquals(15, personal.getInt("percentOfTarget"));
    assertEquals(
        20, Api.json(api().put(target, HR, PASSWORD, "{\"hours\":null}")).getInt("targetHours"));

    assertProblem(400, api().get("api/v1/me/record?completedLimit=500", who, PASSWORD));
    JsonObject beyond = Api.json(api().get("api/v1/me/record?completedOffset=5", who, PASSWORD));
    assertEquals(0, beyond.getJsonObject("completed").getJsonArray("items").size());
    assertEquals(1, beyond.getJsonObject("completed").getInt("total"));
  }

  @Test
  void onlyThePersonManagersAboveThemAndHrReadARecord() {
    Line line = line("see");
    String path = "api/v1/people/" + line.employee() + "/record";

    assertEquals(200, api().get(path, line.employee(), PASSWORD).statusCode());
    HttpResponse<String> manager = api().get(path, line.manager(), PASSWORD);
    assertEquals(200, manager.statusCode(), manager.body());
    assertTrue(Api.json(manager).getBoolean("mayReview"));
    assertFalse(Api.json(manager).getBoolean("mine"));
    assertEquals(200, api().get(path, line.boss(), PASSWORD).statusCode());
    assertEquals(200, api().get(path, HR, PASSWORD).statusCode());
    assertProblem(404, api().get(path, line.peer(), PASSWORD));
    assertProblem(
        404, api().get("api/v1/people/" + line.manager() + "/record", line.employee(), PASSWORD));
    assertProblem(404, api().get("api/v1/people/nobody" + RUN + "/record", HR, PASSWORD));
    assertProblem(
        404, api().get("api/v1/people/" + line.employee() + "/record.pdf", line.peer(), PASSWORD));

    JsonArray team =
        Api.json(api().get("api/v1/me/team", line.boss(), PASSWORD)).getJsonArray("items");
    List<String> below = usernames(team);
    assertTrue(below.containsAll(List.of(line.manager(), line.employee())), below.toString());
    assertFalse(below.contains(line.peer()));
    assertEquals(
        List.of(line.employee()),
        usernames(
            Api.json(api().get("api/v1/me/team", line.manager(), PASSWORD)).getJsonArray("items")));
    assertEquals(0, Api.json(api().get("api/v1/me/team", line.peer(), PASSWORD)).getInt("total"));
    assertEquals(
        List.of(line.peer()),
        usernames(
            Api.json(api().get("api/v1/me/team?q=" + line.peer(), HR, PASSWORD))
                .getJsonArray("items")));
  }

  @Test
  void externalLearningWithEvidenceIsVerifiedByAManagerAbove() {
    Line line = line("ext");
    String me = line.employee();
    String title = "KubeCon workshop " + RUN;

    assertProblem(
        400,
        api()
            .postJson(
                "api/v1/me/external-learning",
                me,
                PASSWORD,
                external(title, LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(), "2", false)));
    assertProblem(
        400,
        api()
            .postJson(
                "api/v1/me/external-learning",
                me,
                PASSWORD,
                external(title, "2026-01-15", "0", false)));
    assertProblem(
        400,
        api()
            .postJson(
                "api/v1/me/external-learning",
                me,
                PASSWORD,
                "{\"title\":\"\",\"provider\":\"CNCF\",\"completedOn\":\"2026-01-15\",\"hours\":1}"));

    HttpResponse<String> added =
        api()
            .postJson(
                "api/v1/me/external-learning",
                me,
                PASSWORD,
                external(title, LocalDate.now(ZoneOffset.UTC).toString(), "3.5", true));
    assertEquals(201, added.statusCode(), added.body());
    JsonObject entry = Api.json(added);
    long id = entry.getJsonNumber("id").longValue();
    assertEquals("REQUESTED", entry.getString("verification"));
    assertEquals(210, entry.getInt("minutes"));
    assertTrue(subjects(line.manager(), "EXTERNAL_LEARNING_TO_VERIFY").contains(title));

    String evidence = "api/v1/me/external-learning/" + id + "/evidence";
    assertProblem(
        400,
        api()
            .postBytes(
                evidence + "?fileName=x.svg",
                me,
                PASSWORD,
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                    .getBytes(StandardCharsets.UTF_8)));
    byte[] pdf = "%PDF-1.4\n% certificate of attendance\n".getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> uploaded =
        api().postBytes(evidence + "?fileName=certificate.pdf", me, PASSWORD, pdf);
    assertEquals(200, uploaded.statusCode(), uploaded.body());
    assertEquals(
        "certificate.pdf", Api.json(uploaded).getJsonObject("evidence").getString("fileName"));
    assertProblem(
        403, api().postBytes(evidence + "?fileName=other.pdf", line.manager(), PASSWORD, pdf));

    HttpResponse<byte[]> byManager =
        api().download("api/v1/external-learning/" + id + "/evidence", line.manager(), PASSWORD);
    assertEquals(200, byManager.statusCode());
    assertArrayEquals(pdf, byManager.body());
    assertEquals(
        404,
        api()
            .download("api/v1/external-learning/" + id + "/evidence", line.peer(), PASSWORD)
            .statusCode());

    String verification = "api/v1/external-learning/" + id + "/verification";
    assertProblem(
        404, api().postJson(verification, line.peer(), PASSWORD, "{\"decision\":\"VERIFIED\"}"));
    assertProblem(403, api().postJson(verification, me, PASSWORD, "{\"decision\":\"VERIFIED\"}"));
    assertProblem(
        400, api().postJson(verification, line.manager(), PASSWORD, "{\"decision\":\"DECLINED\"}"));
    HttpResponse<String> verified =
        api()
            .postJson(
                verification,
                line.boss(),
                PASSWORD,
                "{\"decision\":\"VERIFIED\",\"comment\":\"Saw the certificate\"}");
    assertEquals(200, verified.statusCode(), verified.body());
    assertEquals("VERIFIED", Api.json(verified).getString("verification"));
    assertEquals(line.boss(), Api.json(verified).getString("reviewedBy"));
    assertTrue(subjects(me, "EXTERNAL_LEARNING_VERIFIED").contains(title));
    assertEquals(1, auditCount("EXTERNAL_LEARNING_VERIFIED", line.boss()));
    assertProblem(
        400, api().postJson(verification, line.manager(), PASSWORD, "{\"decision\":\"VERIFIED\"}"));

    assertProblem(
        403,
        api()
            .put(
                "api/v1/me/external-learning/" + id,
                me,
                PASSWORD,
                external(title, "2026-01-15", "1", false)));
    assertProblem(403, api().delete("api/v1/me/external-learning/" + id, me, PASSWORD));

    HttpResponse<String> second =
        api()
            .postJson(
                "api/v1/me/external-learning",
                me,
                PASSWORD,
                external("Webinar " + RUN, LocalDate.now(ZoneOffset.UTC).toString(), "1", true));
    long declinedId = Api.json(second).getJsonNumber("id").longValue();
    HttpResponse<String> declined =
        api()
            .postJson(
                "api/v1/external-learning/" + declinedId + "/verification",
                line.manager(),
                PASSWORD,
                "{\"decision\":\"DECLINED\",\"comment\":\"Not a learning event\"}");
    assertEquals(200, declined.statusCode(), declined.body());
    assertEquals("DECLINED", Api.json(declined).getString("verification"));

    HttpResponse<String> third =
        api()
            .postJson(
                "api/v1/me/external-learning",
                me,
                PASSWORD,
                external("Book " + RUN, LocalDate.now(ZoneOffset.UTC).toString(), "2", false));
    long thirdId = Api.json(third).getJsonNumber("id").longValue();
    HttpResponse<String> revised =
        api()
            .put(
                "api/v1/me/external-learning/" + thirdId,
                me,
                PASSWORD,
                external("Book " + RUN, LocalDate.now(ZoneOffset.UTC).toString(), "2.5", false));
    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals(150, Api.json(revised).getInt("minutes"));

    JsonObject record =
        Api.json(api().get("api/v1/people/" + me + "/record", line.manager(), PASSWORD));
    JsonObject cpd = record.getJsonObject("cpd");
    assertEquals(
        "3.50", cpd.getJsonNumber("externalVerifiedHours").bigDecimalValue().toPlainString());
    assertEquals(
        "2.50", cpd.getJsonNumber("externalUnverifiedHours").bigDecimalValue().toPlainString());
    assertEquals("6.00", cpd.getJsonNumber("totalHours").bigDecimalValue().toPlainString());
    assertEquals(3, record.getJsonObject("externalLearning").getInt("total"));

    assertEquals(
        204, api().delete("api/v1/me/external-learning/" + thirdId, me, PASSWORD).statusCode());
    assertProblem(404, api().get("api/v1/external-learning/" + thirdId, me, PASSWORD));
  }

  @Test
  void goalsAreTheOwnersAndManagersAboveComment() {
    Line line = line("gol");
    String me = line.employee();
    String title = "Lead a project " + RUN;
    String target = LocalDate.now(ZoneOffset.UTC).plusMonths(6).toString();

    assertProblem(
        400,
        api()
            .postJson(
                "api/v1/me/goals",
                me,
                PASSWORD,
                "{\"title\":\"" + title + "\",\"targetDate\":\"2001-01-01\"}"));
    HttpResponse<String> added =
        api()
            .postJson(
                "api/v1/me/goals",
                me,
                PASSWORD,
                "{\"title\":\""
                    + title
                    + "\",\"description\":\"From plan to launch\",\"targetDate\":\""
                    + target
                    + "\"}");
    assertEquals(201, added.statusCode(), added.body());
    long id = Api.json(added).getJsonNumber("id").longValue();
    assertEquals("OPEN", Api.json(added).getString("status"));

    HttpResponse<String> moved =
        api()
            .put("api/v1/me/goals/" + id + "/status", me, PASSWORD, "{\"status\":\"IN_PROGRESS\"}");
    assertEquals(200, moved.statusCode(), moved.body());
    assertEquals("IN_PROGRESS", Api.json(moved).getString("status"));
    assertProblem(
        403,
        api().put("api/v1/me/goals/" + id, line.manager(), PASSWORD, "{\"title\":\"Mine now\"}"));

    String comments = "api/v1/goals/" + id + "/comments";
    assertProblem(404, api().postJson(comments, line.peer(), PASSWORD, "{\"body\":\"Hello\"}"));
    assertProblem(403, api().postJson(comments, me, PASSWORD, "{\"body\":\"Note to self\"}"));
    HttpResponse<String> comment =
        api().postJson(comments, line.boss(), PASSWORD, "{\"body\":\"Take the Q3 launch.\"}");
    assertEquals(201, comment.statusCode(), comment.body());
    assertTrue(subjects(me, "GOAL_COMMENT").contains(title));

    JsonObject goal =
        Api.json(api().get("api/v1/me/goals", me, PASSWORD)).getJsonArray("items").getJsonObject(0);
    assertEquals(title, goal.getString("title"));
    JsonObject seen = goal.getJsonArray("comments").getJsonObject(0);
    assertEquals("Take the Q3 launch.", seen.getString("body"));
    assertEquals(line.boss(), seen.getString("author"));

    api().put("api/v1/me/goals/" + id + "/status", me, PASSWORD, "{\"status\":\"ACHIEVED\"}");
    assertProblem(
        400,
        api().put("api/v1/me/goals/" + id + "/status", me, PASSWORD, "{\"status\":\"DROPPED\"}"));
    assertProblem(400, api().put("api/v1/me/goals/" + id, me, PASSWORD, "{\"title\":\"Changed\"}"));
    assertProblem(
        400, api().put("api/v1/me/goals/" + id + "/status", me, PASSWORD, "{\"status\":\"DONE\"}"));
    assertEquals(
        1,
        Api.json(api().get("api/v1/people/" + me + "/record", HR, PASSWORD))
            .getJsonObject("goals")
            .getInt("total"));
    assertProblem(403, api().delete("api/v1/me/goals/" + id, line.manager(), PASSWORD));
    assertEquals(204, api().delete("api/v1/me/goals/" + id, me, PASSWORD).statusCode());
    assertProblem(404, api().get("api/v1/goals/" + id, me, PASSWORD));
  }

  @Test
  void theRecordExportsAsAPdfAndAnotherPersonsExportIsAudited() throws Exception {
    Line line = line("pdf");
    long course = course("Ladder safety " + RUN, 45, null);
    completion(course, line.employee(), "now() - interval '1 hour'");

    HttpResponse<byte[]> mine = api().download("api/v1/me/record.pdf", line.employee(), PASSWORD);
    assertEquals(200, mine.statusCode());
    assertEquals("application/pdf", mine.headers().firstValue("Content-Type").orElse(""));
    String text = text(mine.body());
    assertTrue(text.contains("Emma Employeepdf"), text);
    assertTrue(text.contains("Ladder safety " + RUN), text);
    assertEquals(0, auditCount("RECORD_EXPORTED", line.employee()));

    HttpResponse<byte[]> theirs =
        api().download("api/v1/people/" + line.employee() + "/record.pdf", line.boss(), PASSWORD);
    assertEquals(200, theirs.statusCode());
    assertTrue(text(theirs.body()).contains("Ladder safety " + RUN));
    assertEquals(1, auditCount("RECORD_EXPORTED", line.boss()));
  }

  @Test
  void hrImportsCompletionsLineByLineAndOthersMayNot() throws SQLException {
    Line line = line("imp");
    String who = line.employee();
    long course = course("Forklift " + RUN, 120, null);
    String title = "Crane licence " + RUN;
    long other = course(title, 60, null);
    long enrolment = enrolment(other, who, "HR", "now() + interval '30 days'", false);
    String existingDay = LocalDate.now(ZoneOffset.UTC).minusDays(40).toString();
    completion(course, who, "timestamptz '" + existingDay + " 00:00:00+00'");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String csv =
        String.join(
            "\n",
            "username,course,completedOn,hours",
            who + "," + course + ",2025-03-01,",
            who + ",\"" + title + "\"," + today + ",1.5",
            "nobody" + RUN + "," + course + ",2025-03-01",
            who + ",999999999,2025-03-01",
            who + "," + course + ",01/03/2025",
            who + "," + course + "," + LocalDate.now(ZoneOffset.UTC).plusDays(2),
            who + "," + course + "," + existingDay,
            who + "," + course + ",2025-04-01,-2",
            who + "," + course,
            "",
            who + "," + course + ",2025-03-01");

    assertProblem(403, csv("api/v1/completions/import", who, csv));
    HttpResponse<String> dry = csv("api/v1/completions/import?dryRun=true", HR, csv);
    assertEquals(200, dry.statusCode(), dry.body());
    assertEquals(2, Api.json(dry).getInt("imported"));
    assertTrue(Api.json(dry).getBoolean("dryRun"));
    assertEquals(1, completedTotal(who));

    HttpResponse<String> imported = csv("api/v1/completions/import", HR, csv);
    assertEquals(200, imported.statusCode(), imported.body());
    JsonObject report = Api.json(imported);
    assertEquals(2, report.getInt("imported"));
    JsonArray rejected = report.getJsonArray("rejected");
    List<Integer> lines = rejected.stream().map(r -> r.asJsonObject().getInt("line")).toList();
    assertEquals(List.of(4, 5, 6, 7, 8, 9, 10, 12), lines, rejected.toString());
    assertTrue(reason(rejected, 4).contains("Unknown person"), rejected.toString());
    assertTrue(reason(rejected, 5).contains("Unknown course"));
    assertTrue(reason(rejected, 6).contains("not a date"));
    assertTrue(reason(rejected, 7).contains("future"));
    assertTrue(reason(rejected, 8).contains("exists"));
    assertTrue(reason(rejected, 9).contains("hours"));
    assertTrue(reason(rejected, 10).contains("columns"));
    assertTrue(reason(rejected, 12).contains("earlier line"));

    JsonObject record = Api.json(api().get("api/v1/me/record?completedLimit=10", who, PASSWORD));
    assertEquals(3, record.getJsonObject("completed").getInt("total"));
    JsonObject crane =
        only(record.getJsonObject("completed").getJsonArray("items"), "courseId", other);
    assertEquals(90, crane.getInt("minutes"));
    assertEquals("IMPORT", crane.getString("source"));
    assertTrue(
        record.getJsonArray("inProgress").stream()
            .noneMatch(
                p -> p.asJsonObject().getJsonNumber("enrolmentId").longValue() == enrolment));
    assertTrue(subjects(who, "COURSE_COMPLETED").contains(title));
    assertTrue(auditCount("COMPLETIONS_IMPORTED", HR) >= 1);

    HttpResponse<String> again = csv("api/v1/completions/import", HR, csv);
    assertEquals(0, Api.json(again).getInt("imported"), again.body());

    byte[] large = new byte[2 * 1024 * 1024 - 100];
    java.util.Arrays.fill(large, (byte) 'a');
    HttpResponse<String> tooLarge = send(post("api/v1/completions/import", HR, "text/csv", large));
    assertEquals(413, tooLarge.statusCode(), tooLarge.body());
  }

  @Test
  void thePagesShowTheRecordToItsReadersOnly() throws SQLException {
    Line line = line("pag");
    String who = line.employee();
    long course = course("Manual handling " + RUN, 30, null);
    long completion = completion(course, who, "now() - interval '1 hour'");
    api()
        .postJson(
            "api/v1/me/external-learning",
            who,
            PASSWORD,
            external("Meetup " + RUN, LocalDate.now(ZoneOffset.UTC).toString(), "1", true));
    api()
        .postJson(
            "api/v1/me/goals", who, PASSWORD, "{\"title\":\"Speak at a meetup " + RUN + "\"}");
    String html = "text/html";

    HttpResponse<String> mine = api().get("development/record.xhtml", who, PASSWORD, html);
    assertEquals(200, mine.statusCode(), mine.body());
    for (String expected :
        List.of(
            "id=\"nav-record\"",
            "id=\"exportRecord\"",
            "id=\"cpd-progress\"",
            "id=\"completed-" + completion + "\"",
            "Manual handling " + RUN,
            "Meetup " + RUN,
            "Speak at a meetup " + RUN,
            "externalForm:saveExternal",
            "goalForm:saveGoal")) {
      assertTrue(mine.body().contains(expected), expected);
    }
    assertFalse(mine.body().contains("verifyExternal"));

    HttpResponse<String> managers =
        api().get("development/record.xhtml?user=" + who, line.manager(), PASSWORD, html);
    assertEquals(200, managers.statusCode(), managers.body());
    assertTrue(managers.body().contains("verifyExternal"));
    assertTrue(managers.body().contains("addComment"));
    assertFalse(managers.body().contains("externalForm:saveExternal"));
    assertEquals(
        404,
        api()
            .get("development/record.xhtml?user=" + who, line.peer(), PASSWORD, html)
            .statusCode());
    HttpResponse<String> hr = api().get("development/record.xhtml?user=" + who, HR, PASSWORD, html);
    assertEquals(200, hr.statusCode(), hr.body());
    assertTrue(hr.body().contains("cpdTargetForm:setCpdTarget"));
    assertFalse(managers.body().contains("cpdTargetForm:setCpdTarget"));

    HttpResponse<String> team = api().get("development/team.xhtml", line.manager(), PASSWORD, html);
    assertEquals(200, team.statusCode(), team.body());
    assertTrue(team.body().contains("id=\"record-" + who + "\""), team.body());
  }

  @Test
  void aRecordWithAThousandEntriesComesInPagesWithItsTotals() throws SQLException {
    Line line = line("big");
    String who = line.employee();
    long course = course("Compliance refresher " + RUN, 60, 12);
    execute(
        "insert into completion (course_id, username, completed_at, minutes, source, valid_until,"
            + " verification_code, recorded_by, recorded_at)"
            + " select ?, ?, now() - make_interval(days => i), 60, 'IMPORT', null,"
            + " md5(random()::text || i), 'hannah', now() from generate_series(1, 500) i",
        course,
        who);
    execute(
        "insert into external_learning (username, title, provider, completed_on, minutes,"
            + " verification, created_at, updated_at)"
            + " select ?, 'Book ' || i, 'Library', current_date - i, 90,"
            + " case when i % 3 = 0 then 'VERIFIED' else 'NONE' end, now(), now()"
            + " from generate_series(1, 500) i",
        who);
    execute(
        "insert into development_goal (username, title, status, created_at, updated_at)"
            + " select ?, 'Goal ' || i, 'OPEN', now(), now() from generate_series(1, 30) i",
        who);

    HttpResponse<String> first = api().get("api/v1/me/record", who, PASSWORD);
    assertEquals(200, first.statusCode(), first.body());
    JsonObject body = Api.json(first);
    assertEquals(500, body.getJsonObject("completed").getInt("total"));
    assertEquals(500, body.getJsonObject("externalLearning").getInt("total"));
    assertEquals(20, body.getJsonObject("completed").getJsonArray("items").size());

    JsonObject second =
        Api.json(
            api()
                .get(
                    "api/v1/me/record?completedOffset=490&completedLimit=20&externalOffset=480",
                    who,
                    PASSWORD));
    assertEquals(10, second.getJsonObject("completed").getJsonArray("items").size());
    assertEquals(20, second.getJsonObject("externalLearning").getJsonArray("items").size());
  }

  @Test
  void aPersonRecordsLearningAndAGoalInTheBrowserAndTheirManagerComments() {
    Line line = line("brw");
    String goal = "Mentor a newcomer " + RUN;
    String learning = "DevConf talk " + RUN;
    try (Browser browser = new Browser(base)) {
      browser.signIn(line.employee(), PASSWORD);
      browser.clickAndWaitForPage(By.id("nav-record"));
      assertTrue(browser.pageText().contains("Emma Employeebrw"), browser.pageText());
      browser.type(By.id("goalForm:goalTitle"), goal);
      browser.type(By.id("goalForm:goalDescription"), "Twice a month");
      browser.clickAndWaitForPage(By.id("goalForm:saveGoal"));
      assertTrue(browser.pageText().contains(goal), browser.pageText());

      browser.type(By.id("externalForm:title"), learning);
      browser.type(By.id("externalForm:provider"), "DevConf");
      browser.type(
          By.id("externalForm:completedOn_input"), LocalDate.now(ZoneOffset.UTC).toString());
      browser.type(By.id("externalForm:hours"), "2.5");
      browser.clickAndWaitForPage(By.id("externalForm:saveExternal"));
      assertTrue(browser.pageText().contains(learning), browser.pageText());
      assertTrue(
          browser.pageText().contains("CPD hours " + LocalDate.now(ZoneOffset.UTC).getYear()));
    }
    try (Browser browser = new Browser(base)) {
      browser.signIn(line.manager(), PASSWORD);
      browser.open("/development/team.xhtml");
      browser.clickAndWaitForPage(By.id("record-" + line.employee()));
      assertTrue(browser.pageText().contains(goal), browser.pageText());
      browser.type(By.id("goalsForm:goalsList:0:commentBody"), "Start with the onboarding week.");
      browser.clickAndWaitForPage(By.id("goalsForm:goalsList:0:addComment"));
      assertTrue(browser.pageText().contains("Start with the onboarding week."));
    }
    assertTrue(subjects(line.employee(), "GOAL_COMMENT").contains(goal));
  }

  // --- helpers ---

  private static String external(String title, String on, String hours, boolean verify) {
    return "{\"title\":\""
        + title
        + "\",\"provider\":\"CNCF\",\"completedOn\":\""
        + on
        + "\",\"hours\":"
        + hours
        + ",\"verify\":"
        + verify
        + "}";
  }

  private int completedTotal(String who) {
    return Api.json(api().get("api/v1/me/record", who, PASSWORD))
        .getJsonObject("completed")
        .getInt("total");
  }

  private static String reason(JsonArray rejected, int line) {
    return rejected.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getInt("line") == line)
        .map(r -> r.getString("reason"))
        .findFirst()
        .orElse("");
  }

  private static JsonObject only(JsonArray items, String key, long id) {
    List<JsonObject> found =
        items.stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getJsonNumber(key).longValue() == id)
            .toList();
    assertEquals(1, found.size(), items.toString());
    return found.get(0);
  }

  private static List<String> usernames(JsonArray items) {
    return items.stream().map(i -> i.asJsonObject().getString("username")).toList();
  }

  private List<String> subjects(String uid, String kind) {
    JsonObject page = Api.json(api().get("api/v1/notifications?limit=100", uid, PASSWORD));
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> kind.equals(n.getString("kind")))
        .map(n -> n.getString("subject"))
        .toList();
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }

  private HttpResponse<String> csv(String path, String user, String csv) {
    return send(post(path, user, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
  }

  private HttpRequest post(String path, String user, String type, byte[] body) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    URI uri =
        URI.create(base.toString().endsWith("/") ? base.toString() : base + "/").resolve(path);
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + credentials)
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void assertProblem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
  }

  // --- SQL setup: the course and enrolment APIs are built in parallel ---

  private static long course(String title, int minutes, Integer validityMonths)
      throws SQLException {
    return insert(
        "insert into course (title, summary, category, duration_minutes, format, owner, status,"
            + " validity_months, created_at, updated_at, published_at)"
            + " values (?, 'A course for the record', 'Safety', ?, 'E_LEARNING', 'hannah',"
            + " 'PUBLISHED', ?, now(), now(), now()) returning id",
        title,
        minutes,
        validityMonths);
  }

  private static long item(long course, boolean required) throws SQLException {
    long module =
        insert(
            "insert into course_module (course_id, position, title)"
                + " values (?, (select count(*) from course_module where course_id = ?), 'Module')"
                + " returning id",
            course,
            course);
    return insert(
        "insert into course_item (module_id, course_id, position, kind, title, body, required)"
            + " values (?, ?, 0, 'PAGE', 'Lesson', '<p>Read</p>', ?) returning id",
        module,
        course,
        required);
  }

  private static long enrolment(
      long course, String username, String origin, String dueSql, boolean started)
      throws SQLException {
    return insert(
        "insert into enrolment (course_id, username, origin, enrolled_by, enrolled_at, due_at,"
            + " status, started_at) values (?, ?, ?, 'hannah', now() - interval '3 days', "
            + dueSql
            + ", 'ACTIVE', "
            + (started ? "now() - interval '2 days'" : "null")
            + ") returning id",
        course,
        username,
        origin);
  }

  private static void progress(long enrolment, long item) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into item_progress (enrolment_id, item_id, completed_at)"
                    + " values (?, ?, now())")) {
      insert.setLong(1, enrolment);
      insert.setLong(2, item);
      insert.executeUpdate();
    }
  }

  private static long completion(long course, String username, String atSql) throws SQLException {
    return insert(
        "insert into completion (course_id, username, completed_at, minutes, source, valid_until,"
            + " verification_code, recorded_by, recorded_at)"
            + " select c.id, ?, "
            + atSql
            + ", c.duration_minutes, 'COURSE',"
            + " case when c.validity_months is null then null else "
            + atSql
            + " + make_interval(months => c.validity_months) end,"
            + " md5(random()::text), ?, now() from course c where c.id = ? returning id",
        username,
        username,
        course);
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

  private static int auditCount(String action, String actor) {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement count =
            db.prepareStatement(
                "select count(*) from audit_event where action = ? and actor = ?")) {
      count.setString(1, action);
      count.setString(2, actor);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
