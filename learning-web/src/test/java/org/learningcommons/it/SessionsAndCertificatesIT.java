package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
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
 * Classroom sessions, certificates and calendars as API clients see them: places and the waiting
 * list (also under concurrent sign-ups), promotion when a place comes free, attendance completing
 * the course once, the certificate PDF and its verification code, the invitation and the personal
 * calendar feed. Courses are inserted with SQL (the authoring API is another part's); every test
 * uses people of its own, named for the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsAndCertificatesIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String HR = "hannah";
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
  void fourSignUpsForTwoPlacesGiveTwoPlacesAndAWaitingListInOrder() {
    String trainer = newPerson("tra" + RUN, "Dept A " + RUN, null);
    long course = course("Forklift basics " + RUN, null, true);
    long session = schedule(course, trainer, 2, Duration.ofDays(3));
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      people.add(newPerson("cap" + i + RUN, "Dept A " + RUN, null));
    }

    List<JsonObject> bookings = new ArrayList<>();
    for (String person : people) {
      HttpResponse<String> signedUp =
          api().post(sessionPath(session) + "/bookings", person, PASSWORD);
      assertEquals(201, signedUp.statusCode(), signedUp.body());
      bookings.add(Api.json(signedUp));
    }

    assertEquals("BOOKED", bookings.get(0).getString("status"));
    assertEquals("BOOKED", bookings.get(1).getString("status"));
    assertEquals("WAITLISTED", bookings.get(2).getString("status"));
    assertEquals(1, bookings.get(2).getInt("waitlistPosition"));
    assertEquals("WAITLISTED", bookings.get(3).getString("status"));
    assertEquals(2, bookings.get(3).getInt("waitlistPosition"));
    JsonObject seen = Api.json(api().get(sessionPath(session), people.get(3), PASSWORD));
    assertEquals(2, seen.getInt("taken"));
    assertEquals(2, seen.getInt("waiting"));
    assertEquals(0, seen.getInt("seatsLeft"));
    assertEquals("WAITLISTED", seen.getString("myStatus"));
    assertEquals(2, seen.getInt("myWaitlistPosition"));

    HttpResponse<String> again =
        api().post(sessionPath(session) + "/bookings", people.get(0), PASSWORD);
    assertEquals(200, again.statusCode(), "signing up twice changes nothing");
    assertEquals("BOOKED", Api.json(again).getString("status"));
    assertEquals(1, subjects(people.get(0), "SESSION_BOOKED").size(), "booked people hear");
    assertEquals(0, subjects(people.get(2), "SESSION_BOOKED").size(), "waiting people do not");

    JsonObject list = Api.json(api().get(sessionPath(session) + "/bookings", trainer, PASSWORD));
    assertEquals(4, list.getInt("total"));
    JsonArray items = list.getJsonArray("items");
    assertEquals(people.get(2), items.getJsonObject(2).getString("username"));
    assertEquals(1, items.getJsonObject(2).getInt("waitlistPosition"));
    assertProblem(403, api().get(sessionPath(session) + "/bookings", people.get(0), PASSWORD));

    JsonObject listed =
        Api.json(api().get("api/v1/courses/" + course + "/sessions", people.get(1), PASSWORD));
    assertEquals(1, listed.getInt("total"));
    assertEquals(
        session, listed.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
  }

  @Test
  void concurrentSignUpsNeverTakeMorePlacesThanTheSessionHas() throws Exception {
    String trainer = newPerson("trc" + RUN, "Dept C " + RUN, null);
    long course = course("Ladder safety " + RUN, null, true);
    long session = schedule(course, trainer, 3, Duration.ofDays(4));
    List<String> people =
        IntStream.range(0, 8)
            .mapToObj(i -> newPerson("con" + i + RUN, "Dept C " + RUN, null))
            .toList();

    List<CompletableFuture<HttpResponse<String>>> racing = new ArrayList<>();
    for (String person : people) {
      racing.add(api().postJsonAsync(sessionPath(session) + "/bookings", person, PASSWORD, "{}"));
    }
    List<String> statuses = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> future : racing) {
      HttpResponse<String> response = future.get();
      assertEquals(201, response.statusCode(), response.body());
      JsonObject booking = Api.json(response);
      statuses.add(booking.getString("status"));
      if (booking.containsKey("waitlistPosition") && !booking.isNull("waitlistPosition")) {
        positions.add(booking.getInt("waitlistPosition"));
      }
    }

    assertEquals(3, statuses.stream().filter("BOOKED"::equals).count(), statuses.toString());
    assertEquals(5, statuses.stream().filter("WAITLISTED"::equals).count(), statuses.toString());
    assertEquals(List.of(1, 2, 3, 4, 5), positions.stream().sorted().toList());
    JsonObject seen = Api.json(api().get(sessionPath(session), trainer, PASSWORD));
    assertEquals(3, seen.getInt("taken"));
    assertEquals(5, seen.getInt("waiting"));
  }

  @Test
  void cancellingAPlacePromotesTheFirstPersonWaitingWhoHearsOfIt() {
    String trainer = newPerson("trp" + RUN, "Dept P " + RUN, null);
    long course = course("Evacuation drill " + RUN, null, true);
    long session = schedule(course, trainer, 1, Duration.ofDays(5));
    String first = newPerson("pra" + RUN, "Dept P " + RUN, null);
    String second = newPerson("prb" + RUN, "Dept P " + RUN, null);
    String third = newPerson("prc" + RUN, "Dept P " + RUN, null);
    for (String person : List.of(first, second, third)) {
      assertEquals(
          201, api().post(sessionPath(session) + "/bookings", person, PASSWORD).statusCode());
    }

    HttpResponse<String> cancelled =
        api().delete(sessionPath(session) + "/bookings/me", first, PASSWORD);

    assertEquals(204, cancelled.statusCode(), cancelled.body());
    JsonObject promoted = Api.json(api().get(sessionPath(session), second, PASSWORD));
    assertEquals("BOOKED", promoted.getString("myStatus"));
    JsonObject waiting = Api.json(api().get(sessionPath(session), third, PASSWORD));
    assertEquals("WAITLISTED", waiting.getString("myStatus"));
    assertEquals(1, waiting.getInt("myWaitlistPosition"));
    List<JsonObject> notices = notices(second, "SESSION_PROMOTED");
    assertEquals(1, notices.size());
    assertTrue(notices.get(0).getString("subject").startsWith("Evacuation drill " + RUN));
    assertTrue(
        notices.get(0).getString("link").startsWith("/learning/sessions.xhtml?course=" + course),
        notices.get(0).toString());
    assertTrue(notices(third, "SESSION_PROMOTED").isEmpty());
    assertProblem(404, api().delete(sessionPath(session) + "/bookings/me", first, PASSWORD));

    JsonObject mine = Api.json(api().get("api/v1/me/bookings", second, PASSWORD));
    assertEquals(1, mine.getInt("total"));
    assertEquals("BOOKED", mine.getJsonArray("items").getJsonObject(0).getString("status"));
  }

  @Test
  void onlyOneOpenBookingPerCourseAndNoneOnAnotherDepartmentsCourse() {
    String trainer = newPerson("tro" + RUN, "Dept O " + RUN, null);
    long course = course("Hazmat " + RUN, null, true);
    long one = schedule(course, trainer, 5, Duration.ofDays(6));
    long other = schedule(course, trainer, 5, Duration.ofDays(8));
    String learner = newPerson("one" + RUN, "Dept O " + RUN, null);
    assertEquals(201, api().post(sessionPath(one) + "/bookings", learner, PASSWORD).statusCode());

    assertProblem(409, api().post(sessionPath(other) + "/bookings", learner, PASSWORD));

    long restricted = course("Lab safety " + RUN, "Lab " + RUN, true);
    long labSession = schedule(restricted, trainer, 5, Duration.ofDays(6));
    assertProblem(404, api().get(sessionPath(labSession), learner, PASSWORD));
    assertProblem(404, api().post(sessionPath(labSession) + "/bookings", learner, PASSWORD));
    assertProblem(404, api().get("api/v1/courses/" + restricted + "/sessions", learner, PASSWORD));
  }

  @Test
  void onlyTheOwnerOrHrSchedulesAndBadPlansAreRejected() {
    String trainer = newPerson("trs" + RUN, "Dept S " + RUN, null);
    String staff = newPerson("sch" + RUN, "Dept S " + RUN, null);
    long course = course("Crane signals " + RUN, null, true);
    Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

    assertProblem(
        403,
        api()
            .postJson(
                "api/v1/courses/" + course + "/sessions",
                staff,
                PASSWORD,
                plan(start, start.plus(Duration.ofHours(2)), trainer, 5)));
    HttpResponse<String> backwards =
        api()
            .postJson(
                "api/v1/courses/" + course + "/sessions",
                HR,
                PASSWORD,
                plan(start, start.minus(Duration.ofHours(2)), trainer, 5));
    assertProblem(400, backwards);
    HttpResponse<String> unknownTrainer =
        api()
            .postJson(
                "api/v1/courses/" + course + "/sessions",
                HR,
                PASSWORD,
                plan(start, start.plus(Duration.ofHours(2)), "nobody" + RUN, 5));
    assertProblem(400, unknownTrainer);
    assertTrue(unknownTrainer.body().contains("trainer"), unknownTrainer.body());
  }

  @Test
  void cancellingTheSessionEndsEveryBookingAndTellsThePeople() {
    String trainer = newPerson("trx" + RUN, "Dept X " + RUN, null);
    long course = course("Noise at work " + RUN, null, true);
    long session = schedule(course, trainer, 1, Duration.ofDays(3));
    String booked = newPerson("cxa" + RUN, "Dept X " + RUN, null);
    String waiting = newPerson("cxb" + RUN, "Dept X " + RUN, null);
    api().post(sessionPath(session) + "/bookings", booked, PASSWORD);
    api().post(sessionPath(session) + "/bookings", waiting, PASSWORD);

    assertProblem(403, api().delete(sessionPath(session), booked, PASSWORD));
    assertEquals(204, api().delete(sessionPath(session), HR, PASSWORD).statusCode());

    JsonObject seen = Api.json(api().get(sessionPath(session), booked, PASSWORD));
    assertEquals("CANCELLED", seen.getString("status"));
    assertEquals("CANCELLED", seen.getString("myStatus"));
    assertEquals(1, notices(booked, "SESSION_CANCELLED").size());
    assertEquals(1, notices(waiting, "SESSION_CANCELLED").size());
    assertProblem(409, api().post(sessionPath(session) + "/bookings", waiting, PASSWORD));
  }

  @Test
  void attendanceCompletesTheCourseOnceWithACertificateOthersCannotSee() throws Exception {
    String manager = newPerson("mga" + RUN, "Dept T " + RUN, null);
    String trainer = newPerson("trt" + RUN, "Dept T " + RUN, null);
    String learner = newPerson("att" + RUN, "Dept T " + RUN, manager);
    String absent = newPerson("abs" + RUN, "Dept T " + RUN, null);
    String outsider = newPerson("out" + RUN, "Dept T " + RUN, null);
    String title = "First aid " + RUN;
    long course = course(title, null, true);
    long session = schedule(course, trainer, 5, Duration.ofDays(2));
    api().post(sessionPath(session) + "/bookings", learner, PASSWORD);
    api().post(sessionPath(session) + "/bookings", absent, PASSWORD);
    String attendance = sessionPath(session) + "/bookings/" + learner + "/attendance";

    assertProblem(409, api().put(attendance, trainer, PASSWORD, "{\"attended\":true}"));
    startedTwoHoursAgo(session);
    assertProblem(403, api().put(attendance, learner, PASSWORD, "{\"attended\":true}"));
    assertProblem(400, api().put(attendance, trainer, PASSWORD, "{}"));

    HttpResponse<String> marked = api().put(attendance, trainer, PASSWORD, "{\"attended\":true}");
    assertEquals(200, marked.statusCode(), marked.body());
    JsonObject booking = Api.json(marked);
    assertEquals("ATTENDED", booking.getString("status"));
    long completion = booking.getJsonNumber("completionId").longValue();
    HttpResponse<String> twice = api().put(attendance, trainer, PASSWORD, "{\"attended\":true}");
    assertEquals(completion, Api.json(twice).getJsonNumber("completionId").longValue());
    assertEquals(1, completions(course, learner), "the course is completed once");
    assertProblem(409, api().put(attendance, trainer, PASSWORD, "{\"attended\":false}"));
    HttpResponse<String> markedAbsent =
        api()
            .put(
                sessionPath(session) + "/bookings/" + absent + "/attendance",
                HR,
                PASSWORD,
                "{\"attended\":false}");
    assertEquals("ABSENT", Api.json(markedAbsent).getString("status"));
    assertEquals(0, completions(course, absent));
    assertEquals(1, notices(learner, "COURSE_COMPLETED").size());

    JsonObject certificate =
        Api.json(api().get("api/v1/certificates/" + completion, learner, PASSWORD));
    assertEquals(title, certificate.getString("courseTitle"));
    assertEquals(120, certificate.getInt("minutes"), "the session's length counts");
    assertEquals("ATTENDANCE", certificate.getString("source"));
    String code = certificate.getString("verificationCode");
    assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code);
    assertTrue(
        certificate.getString("verificationUrl").endsWith("/learning/verify.xhtml?code=" + code));

    HttpResponse<byte[]> pdf =
        api().download("api/v1/certificates/" + completion + ".pdf", learner, PASSWORD);
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
    assertTrue(text.contains("Test " + learner), text);
    assertTrue(text.contains(title), text);
    assertTrue(text.contains(code), text);

    assertEquals(
        200,
        api()
            .download("api/v1/certificates/" + completion + ".pdf", manager, PASSWORD)
            .statusCode());
    assertEquals(200, api().get("api/v1/certificates/" + completion, HR, PASSWORD).statusCode());
    assertProblem(404, api().get("api/v1/certificates/" + completion, outsider, PASSWORD));
    assertEquals(
        404,
        api()
            .download("api/v1/certificates/" + completion + ".pdf", outsider, PASSWORD)
            .statusCode());
    assertProblem(404, api().get("api/v1/certificates/" + completion, trainer, PASSWORD));
  }

  @Test
  void aCodeIsVerifiedByAnyoneHoweverItIsTypedAndUnknownCodesAreNotFound() throws Exception {
    String learner = newPerson("ver" + RUN, "Dept V " + RUN, null);
    String stranger = newPerson("vst" + RUN, "Dept W " + RUN, null);
    String title = "Manual handling " + RUN;
    long course = course(title, null, true);
    String code = completedWithCode(course, learner);

    for (String typed :
        List.of(
            code,
            code.toLowerCase(),
            code.replace("-", ""),
            " " + code.toLowerCase().replace("-", " "))) {
      HttpResponse<String> verified =
          api().get("api/v1/certificates/verification/" + encode(typed), stranger, PASSWORD);
      assertEquals(200, verified.statusCode(), typed + ": " + verified.body());
      JsonObject found = Api.json(verified);
      assertEquals("Test " + learner, found.getString("personName"));
      assertEquals(title, found.getString("courseTitle"));
      assertTrue(found.getBoolean("valid"));
      assertFalse(found.containsKey("id"), "no ids leak");
    }
    assertProblem(
        404, api().get("api/v1/certificates/verification/ZZZZ-ZZZZ-ZZZZ", stranger, PASSWORD));
    assertProblem(
        404, api().get("api/v1/certificates/verification/not-a-code", stranger, PASSWORD));
  }

  @Test
  void theInvitationIsAnIcsRequestWithAStableUid() throws Exception {
    String trainer = newPerson("tri" + RUN, "Dept I " + RUN, null);
    String learner = newPerson("inv" + RUN, "Dept I " + RUN, null);
    String title = "Fire warden " + RUN;
    long course = course(title, null, true);
    long session = schedule(course, trainer, 5, Duration.ofDays(9));
    JsonObject seen = Api.json(api().get(sessionPath(session), learner, PASSWORD));

    HttpResponse<String> first =
        api().get(sessionPath(session) + "/invitation.ics", learner, PASSWORD, "text/calendar");
    assertEquals(200, first.statusCode(), first.body());
    assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    Calendar calendar = new CalendarBuilder().build(new StringReader(first.body()));
    assertEquals("REQUEST", calendar.getProperty("METHOD").orElseThrow().getValue());
    VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    assertEquals(title, event.getSummary().orElseThrow().getValue());
    assertEquals("Room 1 " + RUN, event.getLocation().orElseThrow().getValue());
    String start = event.getDateTimeStart().orElseThrow().getValue();
    assertEquals(ics(Instant.parse(seen.getString("startsAt"))), start);
    assertTrue(event.getProperty("ORGANIZER").orElseThrow().getValue().contains(trainer));
    String uid = event.getUid().orElseThrow().getValue();

    HttpResponse<String> again =
        api().get(sessionPath(session) + "/invitation.ics", learner, PASSWORD, "text/calendar");
    Calendar second = new CalendarBuilder().build(new StringReader(again.body()));
    assertEquals(
        uid,
        ((VEvent) second.getComponent("VEVENT").orElseThrow()).getUid().orElseThrow().getValue());

    long restricted = course("Reactor " + RUN, "Nuclear " + RUN, true);
    long hidden = schedule(restricted, trainer, 5, Duration.ofDays(9));
    assertEquals(
        404,
        api()
            .get(sessionPath(hidden) + "/invitation.ics", learner, PASSWORD, "text/calendar")
            .statusCode());
  }

  @Test
  void theCalendarFeedShowsBookedSessionsAndDueDatesToItsTokenOnly() throws Exception {
    String trainer = newPerson("trf" + RUN, "Dept F " + RUN, null);
    String learner = newPerson("cal" + RUN, "Dept F " + RUN, null);
    long course = course("Working at height " + RUN, null, true);
    long session = schedule(course, trainer, 5, Duration.ofDays(10));
    api().post(sessionPath(session) + "/bookings", learner, PASSWORD);
    long dueCourse = course("Data protection " + RUN, null, true);
    Instant due = Instant.parse("2027-03-15T10:00:00Z");
    enrolWithDueDate(dueCourse, learner, due);
    String token = token(learner);

    HttpResponse<String> feed =
        api().getAnonymous("api/v1/feeds/calendar.ics?token=" + encode(token));

    assertEquals(200, feed.statusCode(), feed.body());
    assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
    List<VEvent> events = calendar.getComponents("VEVENT");
    VEvent booked =
        events.stream()
            .filter(e -> e.getSummary().orElseThrow().getValue().equals("Working at height " + RUN))
            .findFirst()
            .orElseThrow(() -> new AssertionError(feed.body()));
    assertTrue(booked.getUid().orElseThrow().getValue().startsWith("session-" + session + "@"));
    VEvent dueDate =
        events.stream()
            .filter(e -> e.getSummary().orElseThrow().getValue().contains("Data protection " + RUN))
            .findFirst()
            .orElseThrow(() -> new AssertionError(feed.body()));
    assertEquals(
        due.atZone(ZoneId.of("Europe/Berlin")).toLocalDate().toString().replace("-", ""),
        dueDate.getDateTimeStart().orElseThrow().getValue());

    HttpResponse<String> anonymous = api().getAnonymous("api/v1/feeds/calendar.ics");
    assertEquals(401, anonymous.statusCode());
    assertEquals(
        401,
        api().getAnonymous("api/v1/feeds/calendar.ics?token=lcf_" + "x".repeat(43)).statusCode());
  }

  @Test
  void aLearnerSignsUpOnThePageAndAColleagueVerifiesTheCertificateInTheBrowser() throws Exception {
    String trainer = newPerson("trw" + RUN, "Dept B " + RUN, null);
    String learner = newPerson("web" + RUN, "Dept B " + RUN, null);
    String colleague = newPerson("wco" + RUN, "Dept B " + RUN, null);
    String title = "Safe driving " + RUN;
    long course = course(title, null, true);
    schedule(course, trainer, 1, Duration.ofDays(12));
    String code = completedWithCode(course("Defensive driving " + RUN, null, true), learner);
    long completion = completionId(code);

    try (Browser browser = new Browser(base)) {
      browser.signIn(learner, PASSWORD);
      browser.open("/learning/sessions.xhtml?course=" + course);
      assertTrue(browser.text(By.id("sessions-title")).contains(title));
      assertTrue(browser.pageText().contains("1 of 1 places left"), browser.pageText());
      browser.clickAndWaitForAjax(By.cssSelector("[id$=':signUp']"));
      browser.waitForText(By.cssSelector(".lc-my-booking"), "You have a place.");
      assertTrue(browser.pageText().contains("0 of 1 places left"), browser.pageText());
      browser.waitFor(By.cssSelector("[id$=':invitation']"));

      browser.open("/learning/certificate.xhtml?id=" + completion);
      assertEquals("Test " + learner, browser.text(By.id("certificate-person")));
      assertEquals(code, browser.text(By.id("certificate-code")));
      assertTrue(
          browser
              .waitFor(By.id("downloadCertificate"))
              .getDomAttribute("href")
              .endsWith("/api/v1/certificates/" + completion + ".pdf"));
    }
    try (Browser browser = new Browser(base)) {
      browser.signIn(colleague, PASSWORD);
      browser.open("/learning/certificate.xhtml?id=" + completion);
      assertFalse(browser.pageText().contains(code), "another person's certificate is not shown");

      browser.open("/learning/verify.xhtml");
      browser.type(By.id("verifyCode"), code.toLowerCase().replace("-", ""));
      browser.clickAndWaitForPage(By.id("verify"));
      assertEquals("Test " + learner, browser.text(By.id("verified-person")));
      assertEquals("Defensive driving " + RUN, browser.text(By.id("verified-course")));

      browser.open("/learning/verify.xhtml?code=ZZZZ-ZZZZ-ZZZZ");
      browser.waitFor(By.id("noCertificate"));
    }
  }

  // --- helpers ---

  private static String sessionPath(long session) {
    return "api/v1/sessions/" + session;
  }

  private long schedule(long course, String trainer, int capacity, Duration from) {
    Instant start = Instant.now().plus(from).truncatedTo(ChronoUnit.MINUTES);
    HttpResponse<String> created =
        api()
            .postJson(
                "api/v1/courses/" + course + "/sessions",
                HR,
                PASSWORD,
                plan(start, start.plus(Duration.ofHours(2)), trainer, capacity));
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.headers().firstValue("Location").orElse("").contains("/api/v1/sessions/"));
    return Api.json(created).getJsonNumber("id").longValue();
  }

  private static String plan(Instant start, Instant end, String trainer, int capacity) {
    return Json.createObjectBuilder()
        .add("startsAt", start.toString())
        .add("endsAt", end.toString())
        .add("place", "Room 1 " + RUN)
        .add("trainer", trainer)
        .add("capacity", capacity)
        .build()
        .toString();
  }

  /** A published course, inserted directly; {@code department} restricts its audience. */
  private static long course(String title, String department, boolean selfEnrol) {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into course (title, summary, category, duration_minutes, format, owner,"
                    + " status, self_enrol, created_at, updated_at, published_at)"
                    + " values (?, 'A classroom course.', 'Safety', 120, 'CLASSROOM', ?,"
                    + " 'PUBLISHED', ?, now(), now(), now()) returning id")) {
      insert.setString(1, title);
      insert.setString(2, HR);
      insert.setBoolean(3, selfEnrol);
      long id;
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        id = rows.getLong(1);
      }
      if (department != null) {
        try (PreparedStatement audience =
            db.prepareStatement(
                "insert into course_audience_department (course_id, department) values (?, ?)")) {
          audience.setLong(1, id);
          audience.setString(2, department);
          audience.executeUpdate();
        }
      }
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void startedTwoHoursAgo(long session) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement past =
            db.prepareStatement(
                "update classroom_session set starts_at = now() - interval '2 hours',"
                    + " ends_at = now() where id = ?")) {
      past.setLong(1, session);
      assertEquals(1, past.executeUpdate());
    }
  }

  private static void enrolWithDueDate(long course, String username, Instant due)
      throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into enrolment (course_id, username, origin, enrolled_by, enrolled_at,"
                    + " due_at, status) values (?, ?, 'HR', ?, now(), ?, 'ACTIVE')")) {
      insert.setLong(1, course);
      insert.setString(2, username);
      insert.setString(3, HR);
      insert.setTimestamp(4, Timestamp.from(due));
      assertEquals(1, insert.executeUpdate());
    }
  }

  /** Completes the course through a session the learner attends; returns the code. */
  private String completedWithCode(long course, String learner) throws SQLException {
    String trainer = newPerson("tv" + learner, "Dept V " + RUN, null);
    long session = schedule(course, trainer, 2, Duration.ofDays(1));
    assertEquals(
        201, api().post(sessionPath(session) + "/bookings", learner, PASSWORD).statusCode());
    startedTwoHoursAgo(session);
    JsonObject booking =
        Api.json(
            api()
                .put(
                    sessionPath(session) + "/bookings/" + learner + "/attendance",
                    trainer,
                    PASSWORD,
                    "{\"attended\":true}"));
    long completion = booking.getJsonNumber("completionId").longValue();
    return Api.json(api().get("api/v1/certificates/" + completion, learner, PASSWORD))
        .getString("verificationCode");
  }

  private static long completionId(String code) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement find =
            db.prepareStatement("select id from completion where verification_code = ?")) {
      find.setString(1, code);
      try (ResultSet rows = find.executeQuery()) {
        assertTrue(rows.next());
        return rows.getLong(1);
      }
    }
  }

  private static int completions(long course, String username) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement count =
            db.prepareStatement(
                "select count(*) from completion where course_id = ? and username = ?")) {
      count.setLong(1, course);
      count.setString(2, username);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private String token(String owner) {
    HttpResponse<String> created =
        api()
            .postJson(
                "api/v1/feed-tokens",
                owner,
                PASSWORD,
                Json.createObjectBuilder().add("name", "Calendar " + RUN).build().toString());
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).getString("token");
  }

  private List<JsonObject> notices(String uid, String kind) {
    JsonObject page = Api.json(api().get("api/v1/notifications?limit=100", uid, PASSWORD));
    List<JsonObject> found = new ArrayList<>();
    for (JsonValue item : page.getJsonArray("items")) {
      JsonObject notice = item.asJsonObject();
      if (kind.equals(notice.getString("kind"))) {
        found.add(notice);
      }
    }
    return found;
  }

  private List<String> subjects(String uid, String kind) {
    return notices(uid, kind).stream().map(n -> n.getString("subject")).toList();
  }

  private String newPerson(String uid, String department, String manager) {
    TestEnvironment.directory().addPerson(uid, "Test " + uid, department, "Engineer", manager);
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
    return uid;
  }

  private static void assertProblem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM),
        response.headers().toString());
  }

  private static String ics(Instant instant) {
    return instant.toString().replace("-", "").replace(":", "").replace(".000", "");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
