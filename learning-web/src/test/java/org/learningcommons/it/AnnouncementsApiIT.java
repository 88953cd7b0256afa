package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Announcements through the REST API: who may publish, who sees what, reading and acknowledging,
 * and the notifications of publishing. Every test addresses a department of its own, named for the
 * run, with people added to the directory for it, so that order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnouncementsApiIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final String PROBLEM = "application/problem+json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Test
  void aDepartmentSeesAndAcknowledgesWhatHrPublishesAndOthersNeverSeeIt() {
    String department = "Dept ack " + RUN;
    String member = newPerson("ann" + RUN, department);
    String outsider = newPerson("out" + RUN, "Other " + RUN);

    long id =
        publish(
            announcement("Fire drill " + RUN, department)
                .add("requiresAcknowledgement", true)
                .add("priority", "CRITICAL"));

    JsonObject mine = Api.json(api().get("api/v1/announcements?limit=100", member, PASSWORD));
    JsonObject listed = item(mine.getJsonArray("items"), id);
    assertEquals("Fire drill " + RUN, listed.getString("title"), mine.toString());
    assertFalse(listed.getBoolean("read"));
    assertFalse(listed.getBoolean("acknowledged"));

    HttpResponse<String> read = api().get("api/v1/announcements/" + id, member, PASSWORD);
    assertEquals(200, read.statusCode(), read.body());
    assertEquals("<p>Please <strong>read</strong> this.</p>", Api.json(read).getString("body"));

    HttpResponse<String> acknowledged =
        api().post("api/v1/announcements/" + id + "/acknowledgement", member, PASSWORD);
    assertEquals(200, acknowledged.statusCode(), acknowledged.body());
    assertTrue(Api.json(acknowledged).getBoolean("acknowledged"));

    HttpResponse<String> again =
        api().post("api/v1/announcements/" + id + "/acknowledgement", member, PASSWORD);
    assertEquals(409, again.statusCode(), again.body());
    assertEquals(PROBLEM, again.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        Api.json(again).getString("detail").startsWith("You have already acknowledged"),
        again.body());

    JsonObject after = Api.json(api().get("api/v1/announcements?limit=100", member, PASSWORD));
    JsonObject row = item(after.getJsonArray("items"), id);
    assertTrue(row.getBoolean("read"));
    assertTrue(row.getBoolean("acknowledged"));

    JsonObject theirs = Api.json(api().get("api/v1/announcements?limit=100", outsider, PASSWORD));
    assertFalse(ids(theirs.getJsonArray("items")).contains(id), theirs.toString());
    assertEquals(404, api().get("api/v1/announcements/" + id, outsider, PASSWORD).statusCode());
    assertEquals(
        404,
        api()
            .post("api/v1/announcements/" + id + "/acknowledgement", outsider, PASSWORD)
            .statusCode());
  }

  @Test
  void anAnnouncementWithoutAcknowledgementRefusesOne() {
    String department = "Dept plain " + RUN;
    String member = newPerson("pla" + RUN, department);
    long id = publish(announcement("Canteen menu " + RUN, department));

    HttpResponse<String> refused =
        api().post("api/v1/announcements/" + id + "/acknowledgement", member, PASSWORD);

    assertEquals(400, refused.statusCode(), refused.body());
  }

  @Test
  void plainStaffCannotPublish() {
    HttpResponse<String> refused =
        api()
            .postJson(
                "api/v1/announcements",
                "alice",
                PASSWORD,
                announcement("Alice speaks " + RUN, "Engineering").build().toString());

    assertEquals(403, refused.statusCode(), refused.body());
  }

  @Test
  void anAudienceThatReachesNobodyIsRefused() {
    HttpResponse<String> refused =
        api()
            .postJson(
                "api/v1/announcements",
                "hannah",
                PASSWORD,
                announcement("Nobody hears " + RUN, "No such department " + RUN)
                    .build()
                    .toString());

    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject problem = Api.json(refused);
    assertEquals("audience", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void aScheduledAnnouncementIsInvisibleUntilItAppears() {
    String department = "Dept later " + RUN;
    String member = newPerson("sch" + RUN, department);
    long id =
        publish(
            announcement("Next week " + RUN, department)
                .add("publishAt", Instant.now().plus(7, ChronoUnit.DAYS).toString()));

    JsonObject mine = Api.json(api().get("api/v1/announcements?limit=100", member, PASSWORD));
    assertFalse(ids(mine.getJsonArray("items")).contains(id), mine.toString());
    assertEquals(404, api().get("api/v1/announcements/" + id, member, PASSWORD).statusCode());
    assertFalse(
        subjects(member).contains("Next week " + RUN), "a scheduled announcement is not notified");
  }

  @Test
  void theAudienceIsNotifiedUnlessThePublisherChoseQuiet() {
    String department = "Dept notice " + RUN;
    String member = newPerson("not" + RUN, department);

    long loud = publish(announcement("Loud news " + RUN, department));
    publish(announcement("Quiet news " + RUN, department).add("quiet", true));

    List<String> subjects = subjects(member);
    assertTrue(subjects.contains("Loud news " + RUN), subjects.toString());
    assertFalse(subjects.contains("Quiet news " + RUN), subjects.toString());
    JsonObject page = Api.json(api().get("api/v1/notifications?limit=100", member, PASSWORD));
    assertTrue(
        page.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                n -> n.getString("link").equals("/announcements/announcement.xhtml?id=" + loud)),
        "the notification leads to the announcement's page: " + page);
  }

  @Test
  void filtersNarrowMyListAndTheBannerHoldsCriticalOnesUntilAcknowledged() {
    String department = "Dept filter " + RUN;
    String member = newPerson("fil" + RUN, department);
    long critical =
        publish(
            announcement("Critical " + RUN, department)
                .add("priority", "CRITICAL")
                .add("requiresAcknowledgement", true));
    long criticalToRead =
        publish(announcement("Critical to read " + RUN, department).add("priority", "CRITICAL"));
    long normal = publish(announcement("Normal " + RUN, department));

    assertEquals(List.of(criticalToRead, critical), bannerIds(member), "newest first");
    assertEquals(
        List.of(critical), ids(mineFiltered(member, "pending=true").getJsonArray("items")));
    JsonObject normals = mineFiltered(member, "priority=normal");
    assertTrue(ids(normals.getJsonArray("items")).contains(normal), normals.toString());
    assertFalse(ids(normals.getJsonArray("items")).contains(critical), normals.toString());
    assertEquals(
        400, api().get("api/v1/announcements?priority=URGENT", member, PASSWORD).statusCode());

    api().get("api/v1/announcements/" + criticalToRead, member, PASSWORD);
    api().post("api/v1/announcements/" + critical + "/acknowledgement", member, PASSWORD);

    assertEquals(List.of(), bannerIds(member), "read and acknowledged: the banner is empty");
    JsonObject unread = mineFiltered(member, "unread=true");
    assertEquals(List.of(normal), ids(unread.getJsonArray("items")), unread.toString());
    assertEquals(1, unread.getInt("total"));
    assertEquals(0, mineFiltered(member, "pending=true").getInt("total"));
  }

  @Test
  void anAttachedFileReachesTheAudienceAndNobodyElse() {
    String department = "Dept files " + RUN;
    String member = newPerson("fim" + RUN, department);
    String outsider = newPerson("fio" + RUN, "Other files " + RUN);
    byte[] pdf = tinyPdf();

    HttpResponse<String> uploaded =
        api()
            .postBytes(
                "api/v1/announcements/attachments?fileName=Evacuation%20plan.pdf",
                "hannah", PASSWORD, pdf);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    JsonObject file = Api.json(uploaded);
    long fileId = file.getJsonNumber("id").longValue();
    assertEquals("Evacuation plan.pdf", file.getString("fileName"));
    assertEquals("application/pdf", file.getString("contentType"));
    assertEquals(pdf.length, file.getJsonNumber("sizeBytes").longValue());
    for (String script : List.of("drawing.svg", "page.html")) {
      HttpResponse<String> refused =
          api()
              .postBytes(
                  "api/v1/announcements/attachments?fileName=" + script,
                  "hannah",
                  PASSWORD,
                  "<svg onload=\"alert(1)\"></svg>".getBytes(StandardCharsets.UTF_8));
      assertEquals(400, refused.statusCode(), refused.body());
      assertEquals(PROBLEM, refused.headers().firstValue("Content-Type").orElse(""));
    }
    assertEquals(
        404,
        api().download("attachments/" + fileId, member, PASSWORD).statusCode(),
        "not linked yet: only the uploader may fetch it");

    long id =
        publish(
            announcement("Evacuation " + RUN, department)
                .add("attachmentIds", Json.createArrayBuilder().add(fileId)));

    HttpResponse<String> read = api().get("api/v1/announcements/" + id, member, PASSWORD);
    assertEquals(200, read.statusCode(), read.body());
    JsonArray attachments = Api.json(read).getJsonArray("attachments");
    assertEquals(1, attachments.size(), read.body());
    JsonObject listed = attachments.getJsonObject(0);
    assertEquals(fileId, listed.getJsonNumber("id").longValue());
    assertEquals("Evacuation plan.pdf", listed.getString("fileName"));
    assertEquals("/attachments/" + fileId, listed.getString("url"));

    HttpResponse<byte[]> downloaded =
        api().download(listed.getString("url").substring(1), member, PASSWORD);
    assertEquals(200, downloaded.statusCode());
    assertArrayEquals(pdf, downloaded.body());
    assertEquals("application/pdf", downloaded.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", downloaded.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(404, api().download("attachments/" + fileId, outsider, PASSWORD).statusCode());
    assertEquals(
        200,
        api().download("attachments/" + fileId, "adam", PASSWORD).statusCode(),
        "administrators reach every announcement's files");

    // A person of the test's own: demo staff may own communities that other tests created.
    String staff = newPerson("upl" + RUN, "Dept upload " + RUN);
    HttpResponse<String> staffUpload =
        api()
            .postBytes("api/v1/announcements/attachments?fileName=notes.pdf", staff, PASSWORD, pdf);
    assertEquals(403, staffUpload.statusCode(), staffUpload.body());

    HttpResponse<String> reused =
        api()
            .postJson(
                "api/v1/announcements",
                "hannah",
                PASSWORD,
                announcement("Evacuation again " + RUN, department)
                    .add("attachmentIds", Json.createArrayBuilder().add(fileId))
                    .build()
                    .toString());
    assertEquals(400, reused.statusCode(), reused.body());
    assertEquals(
        "attachments", Api.json(reused).getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void aFileAboveTheLimitIsRefusedWith413() {
    byte[] large = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(tinyPdf(), 0, large, 0, tinyPdf().length);

    HttpResponse<String> refused =
        api()
            .postBytes(
                "api/v1/announcements/attachments?fileName=big.pdf", "hannah", PASSWORD, large);

    assertEquals(413, refused.statusCode(), refused.body());
    assertEquals(PROBLEM, refused.headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void aFileLargerThanAnApiBodyButWithinTheFileLimitIsTaken() {
    byte[] pdf = new byte[3 * 1024 * 1024];
    System.arraycopy(tinyPdf(), 0, pdf, 0, tinyPdf().length);

    HttpResponse<String> uploaded =
        api()
            .postBytes(
                "api/v1/announcements/attachments?fileName=scan.pdf", "hannah", PASSWORD, pdf);

    assertEquals(201, uploaded.statusCode(), uploaded.body());
  }

  /** The smallest PDF a reader opens: one empty page. */
  private static byte[] tinyPdf() {
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private JsonObject mineFiltered(String member, String query) {
    HttpResponse<String> page =
        api().get("api/v1/announcements?limit=100&" + query, member, PASSWORD);
    assertEquals(200, page.statusCode(), page.body());
    return Api.json(page);
  }

  private List<Long> bannerIds(String member) {
    HttpResponse<String> banner = api().get("api/v1/announcements/banner", member, PASSWORD);
    assertEquals(200, banner.statusCode(), banner.body());
    try (JsonReader reader = Json.createReader(new StringReader(banner.body()))) {
      return ids(reader.readArray());
    }
  }

  @Test
  void aRoleReachesThePeopleWhoSignedInWithIt() {
    assertEquals(200, api().get("api/v1/me", "adam", PASSWORD).statusCode());
    String staff = newPerson("rol" + RUN, "Dept role " + RUN);

    long id =
        publish(
            Json.createObjectBuilder()
                .add("title", "Admins only " + RUN)
                .add("body", "<p>Maintenance window.</p>")
                .add(
                    "audience",
                    Json.createObjectBuilder()
                        .add("roles", Json.createArrayBuilder().add("ADMIN"))));

    assertTrue(subjects("adam").contains("Admins only " + RUN), "the administrator is notified");
    assertEquals(200, api().get("api/v1/announcements/" + id, "adam", PASSWORD).statusCode());
    assertFalse(subjects(staff).contains("Admins only " + RUN));
    assertEquals(404, api().get("api/v1/announcements/" + id, staff, PASSWORD).statusCode());
  }

  private long publish(JsonObjectBuilder announcement) {
    HttpResponse<String> created =
        api().postJson("api/v1/announcements", "hannah", PASSWORD, announcement.build().toString());
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();
    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/api/v1/announcements/" + id), location);
    return id;
  }

  private static JsonObjectBuilder announcement(String title, String department) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("body", "<p>Please <strong>read</strong> this.<script>alert(1)</script></p>")
        .add(
            "audience",
            Json.createObjectBuilder()
                .add("departments", Json.createArrayBuilder().add(department)));
  }

  /** A person of the test's own, signed in once so that they have a profile. */
  private String newPerson(String uid, String department) {
    TestEnvironment.directory().addPerson(uid, "Test " + uid, department, "Engineer", null);
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
    return uid;
  }

  private List<String> subjects(String uid) {
    JsonObject page = Api.json(api().get("api/v1/notifications?limit=100", uid, PASSWORD));
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> "ANNOUNCEMENT".equals(n.getString("kind")))
        .map(n -> n.getString("subject"))
        .toList();
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
