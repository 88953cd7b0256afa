package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningcommons.demo.DemoDirectory;
import org.learningcommons.demo.MailCatcher;
import org.learningcommons.demo.TestEnvironment;

/**
 * The notification centre as its users and the API's clients see it: my notifications and
 * preferences, the digest and the mail it sends through a real SMTP server. Each test uses people
 * of its own, so that order does not matter.
 *
 * <p>No capability produces notifications yet, so {@link #notificationFor} writes them the way the
 * notification centre stores them. Tests of producers (mentions, replies, join requests) should
 * call the real use cases instead and read the result here through the API and {@link
 * #awaitMailTo}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  /** A person of the test's own, signed in once so that they have a profile. */
  private String newPerson(String uid, String name) {
    TestEnvironment.directory().addPerson(uid, name, "Engineering", "Engineer", null);
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
    return uid;
  }

  @Test
  void aNewcomerHasNoNotificationsAndANoughtOnTheBell() {
    String uid = newPerson("nina", "Nina Newcomer");

    HttpResponse<String> response = api().get("api/v1/notifications", uid, PASSWORD);

    assertEquals(200, response.statusCode(), response.body());
    JsonObject page = Api.json(response);
    assertEquals(0, page.getInt("total"));
    assertEquals(0, page.getInt("unread"));
    assertTrue(page.getJsonArray("items").isEmpty());
    assertFalse(page.containsKey("nextOffset"));
    assertEquals(
        0,
        Api.json(api().get("api/v1/notifications/unread-count", uid, PASSWORD)).getInt("unread"));
  }

  @Test
  void defaultsAreMailForWhatIsAddressedToMeAndTheDigestForDiscussions() {
    String uid = newPerson("dana", "Dana Defaults");

    JsonObject preferences = Api.json(api().get("api/v1/notifications/preferences", uid, PASSWORD));

    assertEquals("DAILY", preferences.getString("digestFrequency"));
    JsonObject channels = preferences.getJsonObject("channels");
    assertEquals("EMAIL", channels.getString("MENTION"));
    assertEquals("EMAIL", channels.getString("JOIN_REQUEST"));
    assertEquals("EMAIL", channels.getString("INVITATION"));
    assertEquals("EMAIL", channels.getString("JOIN_DECISION"));
    assertEquals("EMAIL", channels.getString("MODERATION_OUTCOME"));
    assertEquals("DIGEST", channels.getString("REPLY_TO_MY_THREAD"));
    assertEquals("DIGEST", channels.getString("REPLY_IN_FOLLOWED_THREAD"));
  }

  @Test
  void preferencesAreSavedAndKindsLeftOutKeepTheirChannel() {
    String uid = newPerson("paul", "Paul Preference");

    HttpResponse<String> saved =
        api()
            .put(
                "api/v1/notifications/preferences",
                uid,
                PASSWORD,
                "{\"digestFrequency\": \"WEEKLY\","
                    + " \"channels\": {\"MENTION\": \"OFF\", \"REPLY_TO_MY_THREAD\": \"EMAIL\"}}");
    assertEquals(200, saved.statusCode(), saved.body());
    api()
        .put(
            "api/v1/notifications/preferences",
            uid,
            PASSWORD,
            "{\"channels\": {\"INVITATION\": \"IN_APP\"}}");

    JsonObject again = Api.json(api().get("api/v1/notifications/preferences", uid, PASSWORD));
    assertEquals("WEEKLY", again.getString("digestFrequency"));
    JsonObject channels = again.getJsonObject("channels");
    assertEquals("OFF", channels.getString("MENTION"));
    assertEquals("EMAIL", channels.getString("REPLY_TO_MY_THREAD"));
    assertEquals("IN_APP", channels.getString("INVITATION"));
    assertEquals("DIGEST", channels.getString("REPLY_IN_FOLLOWED_THREAD"));
    assertEquals("EMAIL", again.getJsonObject("defaults").getString("MENTION"));
  }

  @Test
  void anUnknownKindOrChannelIsABadRequestNamingTheField() {
    String uid = newPerson("ivan", "Ivan Invalid");

    HttpResponse<String> kind =
        api()
            .put(
                "api/v1/notifications/preferences",
                uid,
                PASSWORD,
                "{\"channels\": {\"GOSSIP\": \"EMAIL\"}}");
    HttpResponse<String> channel =
        api()
            .put(
                "api/v1/notifications/preferences",
                uid,
                PASSWORD,
                "{\"channels\": {\"MENTION\": \"PIGEON\"}}");

    assertEquals(400, kind.statusCode(), kind.body());
    assertTrue(kind.body().contains("channels"), kind.body());
    assertEquals(400, channel.statusCode(), channel.body());
    assertTrue(channel.body().contains("channels.MENTION"), channel.body());
  }

  @Test
  void myNotificationsAreListedNewestFirstAndReadingThemLowersTheCount() throws SQLException {
    String uid = newPerson("rita", "Rita Reader");
    long older = notificationFor(uid, "MENTION", "IN_APP", "Older thread");
    long newer = notificationFor(uid, "INVITATION", "IN_APP", "Newer community");

    JsonObject page = Api.json(api().get("api/v1/notifications?limit=1", uid, PASSWORD));
    assertEquals(2, page.getInt("total"));
    assertEquals(2, page.getInt("unread"));
    assertEquals(1, page.getInt("nextOffset"));
    JsonObject first = page.getJsonArray("items").getJsonObject(0);
    assertEquals(newer, first.getJsonNumber("id").longValue());
    assertEquals("INVITATION", first.getString("kind"));
    assertEquals("Newer community", first.getString("subject"));
    assertFalse(first.containsKey("readAt"));

    HttpResponse<String> read =
        api().post("api/v1/notifications/" + older + "/read", uid, PASSWORD);
    assertEquals(200, read.statusCode(), read.body());
    assertTrue(Api.json(read).containsKey("readAt"));
    assertEquals(
        1,
        Api.json(api().get("api/v1/notifications/unread-count", uid, PASSWORD)).getInt("unread"));

    JsonObject marked = Api.json(api().post("api/v1/notifications/read-all", uid, PASSWORD));
    assertEquals(1, marked.getInt("marked"));
    assertEquals(
        0,
        Api.json(api().get("api/v1/notifications/unread-count", uid, PASSWORD)).getInt("unread"));
  }

  @Test
  void someoneElsesNotificationIsNotFoundLikeOneThatDoesNotExist() throws SQLException {
    String owner = newPerson("olga", "Olga Owner");
    String other = newPerson("oscar", "Oscar Other");
    long hers = notificationFor(owner, "MENTION", "IN_APP", "Private matter");

    HttpResponse<String> someoneElses =
        api().post("api/v1/notifications/" + hers + "/read", other, PASSWORD);
    HttpResponse<String> unknown =
        api().post("api/v1/notifications/999999999/read", other, PASSWORD);

    assertEquals(404, someoneElses.statusCode(), someoneElses.body());
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertEquals(someoneElses.body(), unknown.body());
    assertEquals(
        "application/problem+json",
        someoneElses.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertEquals(
        1,
        Api.json(api().get("api/v1/notifications/unread-count", owner, PASSWORD)).getInt("unread"),
        "her notification stays unread");
  }

  @Test
  void onlyAdministratorsMayRunTheDigest() {
    HttpResponse<String> response =
        api().post("api/v1/admin/notification-digest", "alice", PASSWORD);

    assertEquals(403, response.statusCode(), response.body());
    assertEquals(403, Api.json(response).getInt("status"));
  }

  @Test
  void theDigestMailsOneMessageListingEveryWaitingNotificationOnce() throws SQLException {
    String uid = newPerson("dora", "Dora Digest");
    notificationFor(uid, "REPLY_IN_FOLLOWED_THREAD", "DIGEST", "Release <b>planning</b>");
    notificationFor(uid, "REPLY_TO_MY_THREAD", "DIGEST", "Coffee machine");
    notificationFor(uid, "MENTION", "IN_APP", "Not for the digest");

    HttpResponse<String> run = api().post("api/v1/admin/notification-digest", "adam", PASSWORD);

    assertEquals(200, run.statusCode(), run.body());
    assertTrue(Api.json(run).getBoolean("mailEnabled"), run.body());
    assertTrue(Api.json(run).getInt("mails") >= 1, run.body());
    MailCatcher.ReceivedMail digest =
        awaitMailTo(
            "dora@learningcommons.example", m -> m.subject().contains("digest"), MAIL_TIMEOUT);
    assertEquals("Your Learning Commons digest: 2 new notifications", digest.subject());
    assertTrue(digest.text().startsWith("Hello Dora Digest,"), digest.text());
    assertTrue(digest.text().contains("Release <b>planning</b>"), digest.text());
    assertTrue(digest.text().contains("Coffee machine"), digest.text());
    assertFalse(digest.text().contains("Not for the digest"), digest.text());
    assertTrue(digest.text().contains("http://localhost:18080/t/"), digest.text());
    assertTrue(digest.html().contains("Release &lt;b&gt;planning&lt;/b&gt;"), digest.html());
    assertFalse(digest.html().contains("<b>planning"), digest.html());

    api().post("api/v1/admin/notification-digest", "adam", PASSWORD);
    assertEquals(0, waitingForDigest(uid), "listed notifications are not listed again");
    sleep(Duration.ofSeconds(3));
    assertEquals(
        1,
        TestEnvironment.mail().receivedBy("dora@learningcommons.example").size(),
        "one digest, not one per run");
    assertTrue(auditActions("adam").contains("NOTIFICATION_DIGEST_RUN"));
  }

  /**
   * Waits for a mail to {@code address} that the application sent through the test SMTP server.
   * Fails the test when none arrives in time.
   */
  static MailCatcher.ReceivedMail awaitMailTo(
      String address, Predicate<MailCatcher.ReceivedMail> condition, Duration timeout) {
    return TestEnvironment.mail()
        .awaitMail(address, condition, timeout)
        .orElseThrow(
            () ->
                new AssertionError(
                    "No matching mail to "
                        + address
                        + " within "
                        + timeout
                        + "; received: "
                        + TestEnvironment.mail().received().size()));
  }

  /**
   * Stores a notification as the notification centre does, until capabilities produce real ones.
   *
   * @return its id
   */
  private static long notificationFor(String recipient, String kind, String channel, String subject)
      throws SQLException {
    try (Connection connection = TestEnvironment.database().connect();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into notification (recipient, kind, actor, actor_name, subject, link,"
                    + " channel, created_at) values (?, ?, 'mike', 'Mike Mitchell', ?, ?, ?,"
                    + " now()) returning id")) {
      insert.setString(1, recipient);
      insert.setString(2, kind);
      insert.setString(3, subject);
      insert.setString(4, "/t/" + subject.length());
      insert.setString(5, channel);
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static int waitingForDigest(String recipient) throws SQLException {
    try (Connection connection = TestEnvironment.database().connect();
        PreparedStatement query =
            connection.prepareStatement(
                "select count(*) from notification where recipient = ?"
                    + " and channel = 'DIGEST' and digested_at is null")) {
      query.setString(1, recipient);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static java.util.List<String> auditActions(String actor) throws SQLException {
    try (Connection connection = TestEnvironment.database().connect();
        PreparedStatement query =
            connection.prepareStatement("select action from audit_event where actor = ?")) {
      query.setString(1, actor);
      java.util.List<String> actions = new java.util.ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          actions.add(rows.getString(1));
        }
      }
      return actions;
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
