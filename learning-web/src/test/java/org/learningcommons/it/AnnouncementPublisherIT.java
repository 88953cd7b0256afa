package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
 * The publishers' side of announcements through the REST API: the acknowledgement report checked
 * against figures worked out by hand, the pending list, the CSV export, editing with reset or keep
 * of acknowledgements, the history, reminders and taking down, and that nobody else reaches any of
 * it. Every test addresses departments of its own, named for the run, with people added to the
 * directory for it, so that order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnouncementPublisherIT {

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

  @Test
  void theReportCountsReadsAndAcknowledgementsPerDepartment() throws IOException {
    String sales = "Sales " + RUN;
    String legal = "Legal " + RUN;
    String ann = newPerson("rann" + RUN, "Ann " + RUN, sales);
    String bob = newPerson("rbob" + RUN, "Bob " + RUN, sales);
    String cat = newPerson("rcat" + RUN, "Cat " + RUN, sales);
    String dan = newPerson("rdan" + RUN, "Dan " + RUN, legal);
    String eve = newPerson("reve" + RUN, "Eve " + RUN, legal);
    long id = publish(announcement("Code of conduct " + RUN, true, sales, legal));
    acknowledge(id, ann);
    read(id, bob);
    acknowledge(id, dan);

    JsonObject report = Api.json(ok(api().get(report(id), HR, PASSWORD)));

    // Sales: Ann acknowledged, Bob read, Cat nothing. Legal: Dan acknowledged, Eve nothing.
    assertEquals(id, report.getJsonNumber("announcementId").longValue());
    assertFigures(report, 5, 3, 2);
    assertEquals(60, report.getInt("readPercent"));
    assertEquals(40, report.getInt("acknowledgedPercent"));
    Map<String, JsonObject> departments = byDepartment(report.getJsonArray("departments"));
    assertEquals(2, departments.size(), report.toString());
    assertFigures(departments.get(sales), 3, 2, 1);
    assertEquals(66, departments.get(sales).getInt("readPercent"));
    assertEquals(33, departments.get(sales).getInt("acknowledgedPercent"));
    assertFigures(departments.get(legal), 2, 1, 1);

    JsonObject pending = Api.json(ok(api().get(report(id) + "/pending?limit=2", HR, PASSWORD)));
    assertEquals(3, pending.getJsonNumber("total").longValue());
    assertEquals(2, pending.getInt("nextOffset"));
    // Legal before Sales, then by name: Eve; Bob (who read it), Cat.
    JsonArray firstPage = pending.getJsonArray("items");
    assertEquals(List.of(eve, bob), usernames(firstPage));
    JsonObject bobs = firstPage.getJsonObject(1);
    assertTrue(bobs.getBoolean("read"));
    assertEquals("Bob " + RUN, bobs.getString("displayName"));
    assertEquals(sales, bobs.getString("department"));
    assertFalse(firstPage.getJsonObject(0).getBoolean("read"));
    JsonObject rest = Api.json(ok(api().get(report(id) + "/pending?offset=2", HR, PASSWORD)));
    assertEquals(List.of(cat), usernames(rest.getJsonArray("items")));
    assertTrue(absent(rest, "nextOffset"), rest.toString());

    HttpResponse<String> csv = api().get(report(id) + ".csv", HR, PASSWORD, "text/csv");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<CSVRecord> records = parse(csv.body());
    assertEquals(
        List.of(dan, eve, ann, bob, cat),
        records.stream().map(r -> r.get("username")).toList(),
        "by department, then name");
    Map<String, CSVRecord> rows =
        records.stream().collect(Collectors.toMap(r -> r.get("username"), Function.identity()));
    assertEquals("Ann " + RUN, rows.get(ann).get("displayName"));
    assertEquals(sales, rows.get(ann).get("department"));
    assertFalse(rows.get(ann).get("acknowledgedAt").isEmpty());
    assertFalse(rows.get(bob).get("readAt").isEmpty());
    assertTrue(rows.get(bob).get("acknowledgedAt").isEmpty());
    assertTrue(rows.get(cat).get("readAt").isEmpty());
    assertEquals(
        records.stream().filter(r -> !r.get("acknowledgedAt").isEmpty()).count(),
        report.getJsonNumber("acknowledged").longValue(),
        "the export agrees with the report");
  }

  @Test
  void nobodyButThePublisherHrAndAdministratorsReachesTheReportOrChangesIt() {
    String department = "Ops " + RUN;
    newPerson("oops" + RUN, "Olli " + RUN, department);
    long id = publish(announcement("Shift plan " + RUN, true, department));

    for (String path :
        List.of(report(id), report(id) + "/pending", "api/v1/announcements/" + id + "/revisions")) {
      HttpResponse<String> refused = api().get(path, "alice", PASSWORD);
      assertEquals(404, refused.statusCode(), path + ": " + refused.body());
      assertEquals(PROBLEM, refused.headers().firstValue("Content-Type").orElse(""));
    }
    assertEquals(404, api().get(report(id) + ".csv", "alice", PASSWORD, "text/csv").statusCode());
    assertEquals(
        404,
        api()
            .put(
                "api/v1/announcements/" + id,
                "alice",
                PASSWORD,
                edit("Hacked", null).build().toString())
            .statusCode());
    assertEquals(
        404,
        api().post("api/v1/announcements/" + id + "/reminders", "alice", PASSWORD).statusCode());
    assertEquals(
        404,
        api().post("api/v1/announcements/" + id + "/take-down", "alice", PASSWORD).statusCode());
    JsonObject alicesList =
        Api.json(ok(api().get("api/v1/announcements/published?limit=100", "alice", PASSWORD)));
    assertFalse(ids(alicesList.getJsonArray("items")).contains(id), alicesList.toString());

    // Another HR person and an administrator speak for the organisation too.
    assertEquals(200, api().get(report(id), "olga.kim", PASSWORD).statusCode());
    assertEquals(200, api().get(report(id), "adam", PASSWORD).statusCode());
  }

  @Test
  void thePublishedListShowsEachAnnouncementWithItsFigures() {
    String department = "Fleet " + RUN;
    String reader = newPerson("flee" + RUN, "Fay " + RUN, department);
    newPerson("flo" + RUN, "Flo " + RUN, department);
    long id = publish(announcement("Car pool " + RUN, true, department));
    acknowledge(id, reader);

    JsonObject page =
        Api.json(ok(api().get("api/v1/announcements/published?limit=100", HR, PASSWORD)));
    JsonObject item = item(page.getJsonArray("items"), id);
    assertEquals("Car pool " + RUN, item.getString("title"));
    assertEquals("ACTIVE", item.getString("phase"));
    assertEquals(
        List.of(department),
        strings(item.getJsonObject("audienceCriteria").getJsonArray("departments")));
    assertFigures(item, 2, 1, 1);
    assertTrue(page.getJsonNumber("total").longValue() >= 1);
  }

  @Test
  void aMaterialEditResetsAcknowledgementsAndATypoFixKeepsThem() {
    String department = "Finance " + RUN;
    String member = newPerson("fin" + RUN, "Fiona " + RUN, department);
    long id = publish(announcement("Expense rules " + RUN, true, department));
    acknowledge(id, member);
    String path = "api/v1/announcements/" + id;

    HttpResponse<String> unchosen =
        api()
            .put(
                path,
                HR,
                PASSWORD,
                edit("Expense rules " + RUN, null)
                    .add("body", "<p>Changed.</p>")
                    .build()
                    .toString());
    assertEquals(400, unchosen.statusCode(), unchosen.body());
    assertEquals(PROBLEM, unchosen.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "acknowledgements",
        Api.json(unchosen).getJsonArray("errors").getJsonObject(0).getString("field"));

    long before =
        Api.json(ok(api().get("api/v1/announcements/published?limit=100", HR, PASSWORD)))
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow()
            .getJsonNumber("version")
            .longValue();
    JsonObject kept =
        Api.json(
            ok(
                api()
                    .put(
                        path,
                        HR,
                        PASSWORD,
                        edit("Expense rules, fixed " + RUN, "KEEP").build().toString())));
    assertEquals("Expense rules, fixed " + RUN, kept.getString("title"));
    assertEquals(1, kept.getJsonNumber("acknowledged").longValue());
    assertTrue(Api.json(ok(api().get(path, member, PASSWORD))).getBoolean("acknowledged"));

    HttpResponse<String> stale =
        api()
            .put(
                path,
                HR,
                PASSWORD,
                edit("Overwritten " + RUN, "KEEP").add("version", before).build().toString());
    assertEquals(409, stale.statusCode(), "an edit from before the last one: " + stale.body());
    assertEquals(
        "version", Api.json(stale).getJsonArray("errors").getJsonObject(0).getString("field"));
    JsonObject reset =
        Api.json(
            ok(
                api()
                    .put(
                        path,
                        HR,
                        PASSWORD,
                        edit("Expense rules, fixed " + RUN, "RESET")
                            .add("body", "<p>New limits.</p>")
                            .add("version", kept.getJsonNumber("version").longValue())
                            .build()
                            .toString())));
    assertEquals(0, reset.getJsonNumber("acknowledged").longValue());
    assertNotNull(reset.getString("acknowledgementsResetAt"));
    assertEquals(
        0,
        Api.json(ok(api().get(report(id), HR, PASSWORD)))
            .getJsonNumber("acknowledged")
            .longValue());
    JsonObject seen = Api.json(ok(api().get(path, member, PASSWORD)));
    assertFalse(seen.getBoolean("acknowledged"), "the member sees it unacknowledged again");
    assertEquals("<p>New limits.</p>", seen.getString("body"));
    JsonObject listed =
        item(
            Api.json(ok(api().get("api/v1/announcements?limit=100", member, PASSWORD)))
                .getJsonArray("items"),
            id);
    assertFalse(listed.getBoolean("acknowledged"));
    assertEquals(
        200,
        api().post(path + "/acknowledgement", member, PASSWORD).statusCode(),
        "acknowledges again");
    assertEquals(
        1,
        Api.json(ok(api().get(report(id), HR, PASSWORD)))
            .getJsonNumber("acknowledged")
            .longValue());

    JsonObject history = Api.json(ok(api().get(path + "/revisions", HR, PASSWORD)));
    assertEquals(2, history.getJsonNumber("total").longValue(), history.toString());
    JsonObject latest = history.getJsonArray("items").getJsonObject(0);
    assertEquals(
        "Expense rules, fixed " + RUN, latest.getString("title"), "the text before the edit");
    assertTrue(latest.getBoolean("material"));
    assertTrue(latest.getBoolean("acknowledgementsReset"));
    assertEquals(HR, latest.getString("editedBy"));
    JsonObject first = history.getJsonArray("items").getJsonObject(1);
    assertEquals("Expense rules " + RUN, first.getString("title"));
    assertFalse(first.getBoolean("material"));
    assertFalse(first.getBoolean("acknowledgementsReset"));
  }

  @Test
  void anAnnouncementWithoutAcknowledgementIsEditedWithoutAChoice() {
    String department = "Canteen " + RUN;
    newPerson("can" + RUN, "Carl " + RUN, department);
    long id = publish(announcement("Menu " + RUN, false, department));

    JsonObject edited =
        Api.json(
            ok(
                api()
                    .put(
                        "api/v1/announcements/" + id,
                        HR,
                        PASSWORD,
                        edit("Menu of the week " + RUN, null)
                            .add("pinned", true)
                            .build()
                            .toString())));

    assertEquals("Menu of the week " + RUN, edited.getString("title"));
    assertTrue(edited.getBoolean("pinned"));
    assertTrue(absent(edited, "acknowledgementsResetAt"), edited.toString());
  }

  @Test
  void aReminderReachesOnlyThoseWhoHaveNotAcknowledged() {
    String department = "Safety " + RUN;
    String done = newPerson("sdon" + RUN, "Sam " + RUN, department);
    String late = newPerson("slat" + RUN, "Sid " + RUN, department);
    String reader = newPerson("srea" + RUN, "Sue " + RUN, department);
    String title = "Fire exits " + RUN;
    long id = publish(announcement(title, true, department).add("quiet", true));
    acknowledge(id, done);
    read(id, reader);

    JsonObject reminded =
        Api.json(ok(api().post("api/v1/announcements/" + id + "/reminders", HR, PASSWORD)));

    assertEquals(2, reminded.getInt("reminded"));
    assertTrue(reminders(late).contains(title));
    assertTrue(reminders(reader).contains(title));
    assertFalse(reminders(done).contains(title));
  }

  @Test
  void aTakenDownAnnouncementDisappearsAndIsARecord() {
    String department = "Archive " + RUN;
    String member = newPerson("arc" + RUN, "Ari " + RUN, department);
    long id = publish(announcement("Old news " + RUN, true, department));

    JsonObject down =
        Api.json(ok(api().post("api/v1/announcements/" + id + "/take-down", HR, PASSWORD)));

    assertEquals("EXPIRED", down.getString("phase"));
    assertEquals(404, api().get("api/v1/announcements/" + id, member, PASSWORD).statusCode());
    HttpResponse<String> edit =
        api()
            .put(
                "api/v1/announcements/" + id,
                HR,
                PASSWORD,
                edit("Changed " + RUN, "RESET").build().toString());
    assertEquals(400, edit.statusCode(), edit.body());
    assertEquals(
        400, api().post("api/v1/announcements/" + id + "/reminders", HR, PASSWORD).statusCode());
    assertEquals(
        1,
        Api.json(ok(api().get(report(id), HR, PASSWORD))).getJsonNumber("audience").longValue(),
        "the report stays");
  }

  @Test
  void thePublisherPagesShowTheAnnouncementToItsPublisherOnly() {
    String department = "Pages " + RUN;
    String member = newPerson("pag" + RUN, "Pia " + RUN, department);
    String title = "Page check " + RUN;
    long id = publish(announcement(title, true, department));
    acknowledge(id, member);
    ok(
        api()
            .put(
                "api/v1/announcements/" + id,
                HR,
                PASSWORD,
                edit(title, "KEEP").add("body", "<p>Fixed.</p>").build().toString()));

    for (String page :
        List.of(
            "announcements/published.xhtml",
            "announcements/report.xhtml?id=" + id,
            "announcements/edit.xhtml?id=" + id,
            "announcements/history.xhtml?id=" + id)) {
      HttpResponse<String> shown = api().get(page, HR, PASSWORD, "text/html");
      assertEquals(200, shown.statusCode(), page + ": " + shown.body());
      assertTrue(shown.body().contains(title), page);
    }
    HttpResponse<String> report =
        api().get("announcements/report.xhtml?id=" + id, HR, PASSWORD, "text/html");
    assertTrue(report.body().contains("report.csv"), "offers the CSV download");
    for (String page :
        List.of(
            "announcements/report.xhtml?id=" + id,
            "announcements/edit.xhtml?id=" + id,
            "announcements/history.xhtml?id=" + id)) {
      assertEquals(404, api().get(page, member, PASSWORD, "text/html").statusCode(), page);
    }
  }

  @Test
  void hrResetsAcknowledgementsOnTheEditPageAndRemindsFromTheReport() {
    String department = "Browser " + RUN;
    String member = newPerson("bro" + RUN, "Bea " + RUN, department);
    long id = publish(announcement("Badge rules " + RUN, true, department));
    acknowledge(id, member);

    try (Browser hr = new Browser(base)) {
      hr.signIn(HR, PASSWORD);
      hr.open("/announcements/edit.xhtml?id=" + id);
      hr.type(By.id("editForm:title"), "Badge rules, revised " + RUN);
      hr.clickAndWaitForAjax(By.id("editForm:save"));
      assertTrue(
          hr.pageText().contains("choose whether your change is material"),
          "a changed text needs the choice");

      hr.driver().findElement(By.cssSelector("label[for='editForm:acknowledgements:0']")).click();
      hr.clickAndWaitForPage(By.id("editForm:save"));
      assertTrue(
          hr.driver().getCurrentUrl().contains("/announcements/report.xhtml"),
          hr.driver().getCurrentUrl());
      assertTrue(hr.pageText().contains("Badge rules, revised " + RUN));
      assertEquals("0 (0 %)", hr.text(By.id("total-acknowledged")));

      hr.clickAndWaitForAjax(By.id("actions:remind"));
      hr.clickAndWaitForAjax(By.cssSelector(".ui-confirmdialog-yes"));
      hr.waitFor(By.cssSelector(".ui-growl-message"));
      assertTrue(hr.pageText().contains("1 person was reminded."), hr.pageText());
    }
    assertTrue(reminders(member).contains("Badge rules, revised " + RUN));
    assertFalse(
        Api.json(ok(api().get("api/v1/announcements/" + id, member, PASSWORD)))
            .getBoolean("acknowledged"));
  }

  private long publish(JsonObjectBuilder announcement) {
    HttpResponse<String> created =
        api().postJson("api/v1/announcements", HR, PASSWORD, announcement.build().toString());
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).getJsonNumber("id").longValue();
  }

  private static JsonObjectBuilder announcement(
      String title, boolean acknowledge, String... departments) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("body", "<p>Please read this.</p>")
        .add("requiresAcknowledgement", acknowledge)
        .add(
            "audience",
            Json.createObjectBuilder()
                .add("departments", Json.createArrayBuilder(List.of(departments))));
  }

  private static JsonObjectBuilder edit(String title, String choice) {
    JsonObjectBuilder edit =
        Json.createObjectBuilder().add("title", title).add("body", "<p>Please read this.</p>");
    return choice == null ? edit : edit.add("acknowledgements", choice);
  }

  private void read(long id, String uid) {
    ok(api().get("api/v1/announcements/" + id, uid, PASSWORD));
  }

  private void acknowledge(long id, String uid) {
    ok(api().post("api/v1/announcements/" + id + "/acknowledgement", uid, PASSWORD));
  }

  /** A person of the test's own, signed in once so that they have a profile. */
  private String newPerson(String uid, String name, String department) {
    TestEnvironment.directory().addPerson(uid, name, department, "Clerk", null);
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
    return uid;
  }

  private List<String> reminders(String uid) {
    JsonObject page = Api.json(ok(api().get("api/v1/notifications?limit=100", uid, PASSWORD)));
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> "ANNOUNCEMENT_REMINDER".equals(n.getString("kind")))
        .map(n -> n.getString("subject"))
        .toList();
  }

  private static boolean absent(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }

  private static String report(long id) {
    return "api/v1/announcements/" + id + "/report";
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return response;
  }

  private static void assertFigures(
      JsonObject figures, long audience, long read, long acknowledged) {
    assertEquals(audience, figures.getJsonNumber("audience").longValue(), figures.toString());
    assertEquals(read, figures.getJsonNumber("read").longValue(), figures.toString());
    assertEquals(
        acknowledged, figures.getJsonNumber("acknowledged").longValue(), figures.toString());
  }

  private static Map<String, JsonObject> byDepartment(JsonArray departments) {
    return departments.stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(d -> d.getString("department"), Function.identity()));
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))) {
      return parser.getRecords();
    }
  }

  private static List<String> usernames(JsonArray items) {
    return items.stream().map(v -> v.asJsonObject().getString("username")).toList();
  }

  private static List<String> strings(JsonArray values) {
    return values.stream().map(v -> ((JsonString) v).getString()).toList();
  }

  private static JsonObject item(JsonArray items, long id) {
    return items.stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("announcement " + id + " not in " + items));
  }

  private static List<Long> ids(JsonArray items) {
    return items.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }
}
