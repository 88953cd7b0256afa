package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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
 * The announcement timers as the audience, their managers and administrators notice them: a
 * scheduled announcement is notified once when it appears, a quiet one never; one reminder before
 * the due date to those who have not acknowledged; once overdue, each overdue person and their
 * manager are told once. The tests do not wait for the timer's schedule: an administrator runs the
 * timers ({@code POST /api/v1/admin/announcement-timers}), twice where "once" matters. The timer
 * may also run meanwhile; nothing here depends on whether it did. The test environment sets batches
 * of two people, so audiences of three cross batches.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnouncementRemindersIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final String TIMERS = "api/v1/admin/announcement-timers";
  private static final String LINK = "/announcements/announcement.xhtml?id=";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Test
  void anAnnouncementThatAppearsAtOnceIsNotifiedAtPublicationAndNotAgainByTheTimers() {
    String department = "Dept now " + RUN;
    String member = newPerson("na" + RUN, department, null);
    long id = publish(announcement("Out now " + RUN, department));

    runTimers();
    runTimers();

    List<JsonObject> notified = notifications(member, "ANNOUNCEMENT");
    assertEquals(1, notified.size(), notified.toString());
    assertEquals("Out now " + RUN, notified.get(0).getString("subject"));
    assertTrue(myAnnouncements(member).contains(id));
  }

  @Test
  void aScheduledAnnouncementIsNotifiedOnceWhenItAppearsAndAQuietOneNever() {
    String department = "Dept sched " + RUN;
    List<String> members =
        List.of(
            newPerson("sa" + RUN, department, null),
            newPerson("sb" + RUN, department, null),
            newPerson("sc" + RUN, department, null));
    // Far enough ahead for the checks before it on a busy machine.
    Instant appears = Instant.now().plusSeconds(15);
    long loud =
        publish(
            announcement("Appears soon " + RUN, department).add("publishAt", appears.toString()));
    long quiet =
        publish(
            announcement("Appears quietly " + RUN, department)
                .add("publishAt", appears.toString())
                .add("quiet", true));

    runTimers();
    for (String member : members) {
      assertFalse(myAnnouncements(member).contains(loud), "invisible before publish-at");
      assertEquals(404, api().get("api/v1/announcements/" + loud, member, PASSWORD).statusCode());
      assertTrue(notifications(member, "ANNOUNCEMENT").isEmpty(), "not notified before");
    }

    waitUntil(appears.plusMillis(500));
    runTimers();
    runTimers();

    for (String member : members) {
      List<Long> mine = myAnnouncements(member);
      assertTrue(mine.contains(loud), member + " " + mine);
      assertTrue(mine.contains(quiet), member + " " + mine);
      List<JsonObject> notified = notifications(member, "ANNOUNCEMENT");
      assertEquals(1, notified.size(), member + " is notified exactly once: " + notified);
      assertEquals("Appears soon " + RUN, notified.get(0).getString("subject"));
      assertEquals(LINK + loud, notified.get(0).getString("link"));
    }
  }

  @Test
  void theReminderReachesOnlyThoseWhoHaveNotAcknowledgedAndOnlyOnce() {
    String department = "Dept remind " + RUN;
    String diligent = newPerson("ra" + RUN, department, null);
    List<String> late =
        List.of(newPerson("rb" + RUN, department, null), newPerson("rc" + RUN, department, null));
    newPerson("rd" + RUN, department, null);
    // With a due date this close, the reminder goes halfway between publication and due date.
    Instant published = Instant.now();
    long id =
        publish(
            announcement("Sign the code of conduct " + RUN, department)
                .add("requiresAcknowledgement", true)
                .add("acknowledgementDueAt", published.plusSeconds(24).toString()));
    acknowledge(id, diligent);
    acknowledge(id, "rd" + RUN);

    runTimers();
    assertTrue(notifications(late.get(0), "ANNOUNCEMENT_REMINDER").isEmpty(), "not yet");

    waitUntil(published.plusSeconds(13));
    runTimers();
    runTimers();

    for (String person : late) {
      List<JsonObject> reminders = notifications(person, "ANNOUNCEMENT_REMINDER");
      assertEquals(1, reminders.size(), person + " is reminded once: " + reminders);
      assertEquals("Sign the code of conduct " + RUN, reminders.get(0).getString("subject"));
      assertEquals(LINK + id, reminders.get(0).getString("link"));
    }
    assertTrue(notifications(diligent, "ANNOUNCEMENT_REMINDER").isEmpty());
    assertTrue(notifications("rd" + RUN, "ANNOUNCEMENT_REMINDER").isEmpty());
    NotificationsIT.awaitMailTo(
        late.get(0) + "@learningcommons.example",
        m -> m.subject().contains("reminds you to acknowledge"),
        Duration.ofSeconds(30));
  }

  @Test
  void anOverduePersonAndTheirManagerAreToldOnceAndNotTheManagerOfSomeoneWhoAcknowledged()
      throws SQLException {
    String department = "Dept overdue " + RUN;
    String managerOfOne = newPerson("ma" + RUN, "Managers " + RUN, null);
    String managerOfTwo = newPerson("mb" + RUN, "Managers " + RUN, null);
    String managerOfDiligent = newPerson("mc" + RUN, "Managers " + RUN, null);
    String alone = newPerson("oa" + RUN, department, managerOfOne);
    String first = newPerson("ob" + RUN, department, managerOfTwo);
    String second = newPerson("oc" + RUN, department, managerOfTwo);
    String diligent = newPerson("od" + RUN, department, managerOfDiligent);
    Instant due = Instant.now().plusSeconds(5);
    long id =
        publish(
            announcement("Fire safety " + RUN, department)
                .add("requiresAcknowledgement", true)
                .add("acknowledgementDueAt", due.toString()));
    acknowledge(id, diligent);

    runTimers();
    assertTrue(notifications(managerOfOne, "ANNOUNCEMENT_OVERDUE_ESCALATION").isEmpty());

    waitUntil(due.plusMillis(500));
    runTimers();
    runTimers();

    for (String person : List.of(alone, first, second)) {
      List<JsonObject> overdue = notifications(person, "ANNOUNCEMENT_OVERDUE");
      assertEquals(1, overdue.size(), person + " is told once: " + overdue);
      assertEquals("Fire safety " + RUN, overdue.get(0).getString("subject"));
    }
    assertTrue(notifications(diligent, "ANNOUNCEMENT_OVERDUE").isEmpty());

    List<JsonObject> ofOne = notifications(managerOfOne, "ANNOUNCEMENT_OVERDUE_ESCALATION");
    assertEquals(1, ofOne.size(), ofOne.toString());
    assertEquals(
        "Fire safety " + RUN + " (1: Test " + alone + ")", ofOne.get(0).getString("subject"));
    // The manager is outside the audience: the notice leads to their overdue report's profile.
    assertEquals("/people/person.xhtml?u=" + alone, ofOne.get(0).getString("link"));
    List<JsonObject> ofTwo = notifications(managerOfTwo, "ANNOUNCEMENT_OVERDUE_ESCALATION");
    assertEquals(1, ofTwo.size(), "one notice naming both reports: " + ofTwo);
    assertEquals(
        "Fire safety " + RUN + " (2: Test " + first + ", Test " + second + ")",
        ofTwo.get(0).getString("subject"));
    assertTrue(notifications(managerOfDiligent, "ANNOUNCEMENT_OVERDUE_ESCALATION").isEmpty());

    NotificationsIT.awaitMailTo(
        managerOfTwo + "@learningcommons.example",
        m -> m.subject().contains("overdue acknowledgements") && m.text().contains("Test " + first),
        Duration.ofSeconds(30));
    assertTrue(auditActions("adam").contains("ANNOUNCEMENT_TIMERS_RUN"));
  }

  @Test
  void onlyAdministratorsMayRunTheTimers() {
    for (String user : List.of("alice", "hannah")) {
      HttpResponse<String> refused = api().post(TIMERS, user, PASSWORD);

      assertEquals(403, refused.statusCode(), refused.body());
      assertEquals(403, Api.json(refused).getInt("status"));
    }
  }

  private void runTimers() {
    HttpResponse<String> run = api().post(TIMERS, "adam", PASSWORD);
    assertEquals(200, run.statusCode(), run.body());
    assertEquals(0, Api.json(run).getInt("failed"), run.body());
  }

  private long publish(JsonObjectBuilder announcement) {
    HttpResponse<String> created =
        api().postJson("api/v1/announcements", "hannah", PASSWORD, announcement.build().toString());
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).getJsonNumber("id").longValue();
  }

  private void acknowledge(long id, String person) {
    HttpResponse<String> acknowledged =
        api().post("api/v1/announcements/" + id + "/acknowledgement", person, PASSWORD);
    assertEquals(200, acknowledged.statusCode(), acknowledged.body());
  }

  private static JsonObjectBuilder announcement(String title, String department) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("body", "<p>Please read this.</p>")
        .add(
            "audience",
            Json.createObjectBuilder()
                .add("departments", Json.createArrayBuilder().add(department)));
  }

  /** A person of the test's own, signed in once so that they have a profile. */
  private String newPerson(String uid, String department, String manager) {
    TestEnvironment.directory().addPerson(uid, "Test " + uid, department, "Engineer", manager);
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
    return uid;
  }

  private List<Long> myAnnouncements(String uid) {
    JsonObject page = Api.json(api().get("api/v1/announcements?limit=100", uid, PASSWORD));
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private List<JsonObject> notifications(String uid, String kind) {
    JsonObject page = Api.json(api().get("api/v1/notifications?limit=100", uid, PASSWORD));
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> kind.equals(n.getString("kind")))
        .toList();
  }

  private static List<String> auditActions(String actor) throws SQLException {
    try (Connection connection = TestEnvironment.database().connect();
        PreparedStatement query =
            connection.prepareStatement("select action from audit_event where actor = ?")) {
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

  /** Waits for a moment to pass (publish-at, a reminder's moment, a due date). */
  private static void waitUntil(Instant moment) {
    long millis = Duration.between(Instant.now(), moment).toMillis();
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting", e);
      }
    }
  }
}
