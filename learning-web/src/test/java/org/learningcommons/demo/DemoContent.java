package org.learningcommons.demo;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

/**
 * Demo communities, threads and replies for the run command, written through the public API as the
 * demo people (so they go through the same rules, sanitiser and notifications as everything else).
 * Only when the application has no community yet, so a restart keeps what people did.
 */
final class DemoContent {

  private static final String PASSWORD = "demo";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  private DemoContent(URI base) {
    this.base = base;
  }

  /**
   * @return a line for the banner
   */
  static String seedIfEmpty(URI base) throws IOException, InterruptedException {
    DemoContent demo = new DemoContent(base);
    HttpResponse<String> existing = demo.send("alice", "GET", "api/v1/communities?limit=1", null);
    if (existing.statusCode() != 200) {
      return "Demo data:  communities not seeded (API answered " + existing.statusCode() + ")";
    }
    String communities;
    if (read(existing.body()).getJsonNumber("total").longValue() > 0) {
      communities = "Demo data:  communities kept from the previous run";
    } else {
      demo.seed();
      communities = "Demo data:  4 communities with threads, replies and a join request";
    }
    return communities
        + "; "
        + demo.seedAnnouncementsIfNone()
        + "; "
        + demo.seedArticlesIfNone()
        + "; "
        + demo.seedCoursesIfNone();
  }

  /**
   * Announcements from HR and a community owner: a critical one for everyone that asks for
   * acknowledgement (the home banner), one for a department, one for a community and one scheduled
   * for later. Only when alice sees no announcement, so a restart keeps what people did.
   */
  private String seedAnnouncementsIfNone() throws IOException, InterruptedException {
    HttpResponse<String> mine = send("alice", "GET", "api/v1/announcements?limit=1", null);
    if (mine.statusCode() != 200) {
      return "announcements not seeded (API answered " + mine.statusCode() + ")";
    }
    if (read(mine.body()).getJsonNumber("total").longValue() > 0) {
      return "announcements kept";
    }
    Instant now = Instant.now();
    announcement(
        "hannah",
        announcementBody(
                "Updated code of conduct: please confirm",
                "<p>Our <strong>code of conduct</strong> has been updated. Please read it and"
                    + " confirm that you have understood it.</p>",
                "CRITICAL",
                Json.createObjectBuilder().add("everyone", true))
            .add("requiresAcknowledgement", true)
            .add("acknowledgementDueAt", now.plus(14, ChronoUnit.DAYS).toString()));
    announcement(
        "hannah",
        announcementBody(
                "Engineering moves to the third floor",
                "<p>From Monday the 3rd, Engineering sits on the third floor.</p>",
                "IMPORTANT",
                Json.createObjectBuilder()
                    .add("departments", Json.createArrayBuilder().add("Engineering")))
            .add("pinned", true));
    long java = communityNamed("Java Guild");
    if (java > 0) {
      announcement(
          "alice",
          announcementBody(
              "Java Guild meetup on Thursday",
              "<p>Talks on records and virtual threads, 16:00 in the big meeting room.</p>",
              "NORMAL",
              Json.createObjectBuilder().add("communityIds", Json.createArrayBuilder().add(java))));
    }
    announcement(
        "hannah",
        announcementBody(
                "Benefits enrolment opens",
                "<p>Choose your benefits for next year in the HR portal.</p>",
                "NORMAL",
                Json.createObjectBuilder().add("everyone", true))
            .add("publishAt", now.plus(1, ChronoUnit.HOURS).toString()));
    return "4 announcements (one critical with acknowledgement, one scheduled in an hour)";
  }

  /**
   * Knowledge articles: two published (written by staff, approved by adam, an editor) and one
   * waiting in the editors' review queue. Only when there is no published article yet.
   */
  private String seedArticlesIfNone() throws IOException, InterruptedException {
    HttpResponse<String> existing = send("alice", "GET", "api/v1/articles?limit=1", null);
    if (existing.statusCode() != 200) {
      return "articles not seeded (API answered " + existing.statusCode() + ")";
    }
    if (read(existing.body()).getJsonNumber("total").longValue() > 0) {
      return "articles kept";
    }
    long records =
        article(
            "alice",
            "Java records as DTOs with EclipseLink",
            "<p>Use <strong>records</strong> for read models: constructor expressions in JPQL"
                + " (<code>select new ...</code>) fill them without managed entities.</p>"
                + "<p>Entities stay classes with a protected no-argument constructor.</p>",
            "Engineering",
            List.of("java", "jpa"));
    submitAndApprove("alice", records);
    long monitor =
        article(
            "hannah",
            "Getting a second monitor",
            "<p>Raise a ticket in the IT portal under <em>Hardware</em>; your manager approves"
                + " it, and IT delivers within a week.</p>",
            "Onboarding",
            List.of("onboarding", "hardware"));
    submitAndApprove("hannah", monitor);
    long travel =
        article(
            "mike",
            "Booking business travel",
            "<p>Book trains and flights through the travel desk; hotels up to the city limit.</p>",
            "Policies",
            List.of("travel"));
    expect(send("mike", "POST", "api/v1/articles/" + travel + "/submission", null), 200);
    return "3 articles (2 published, 1 in the editors' review queue)";
  }

  /**
   * Courses from HR: "Information security basics" (two modules of pages and a video, a
   * three-question quiz, valid for a year), "Presenting with confidence" (open for self-enrolment)
   * and a draft. Only when the catalogue is empty.
   */
  private String seedCoursesIfNone() throws IOException, InterruptedException {
    HttpResponse<String> existing = send("hannah", "GET", "api/v1/courses?limit=1", null);
    if (existing.statusCode() != 200) {
      return "courses not seeded (API answered " + existing.statusCode() + ")";
    }
    if (read(existing.body()).getJsonNumber("total").longValue() > 0) {
      return "courses kept";
    }
    long security =
        course(
            "Information security basics",
            "Passwords, phishing and what to do when something looks wrong: the yearly security"
                + " training for everyone.",
            "Compliance",
            List.of("security", "mandatory"),
            30,
            "E_LEARNING",
            12);
    long threats = module(security, "Everyday threats");
    lesson(
        security,
        threats,
        "{\"kind\":\"PAGE\",\"title\":\"Strong passwords\",\"body\":\"<p>Use a password"
            + " manager and a long passphrase; never reuse a password.</p>\"}");
    lesson(
        security,
        threats,
        "{\"kind\":\"VIDEO\",\"title\":\"Spotting phishing\","
            + "\"url\":\"https://video.example/phishing\",\"body\":\"<p>Five minutes.</p>\"}");
    long response = module(security, "When something goes wrong");
    lesson(
        security,
        response,
        "{\"kind\":\"PAGE\",\"title\":\"Reporting an incident\",\"body\":\"<p>Call the"
            + " service desk at once; do not try to fix it yourself.</p>\"}");
    long quiz =
        lesson(
            security,
            response,
            "{\"kind\":\"QUIZ\",\"title\":\"Check your knowledge\",\"passMark\":70,"
                + "\"attemptLimit\":3}");
    String questions = "api/v1/courses/" + security + "/quizzes/" + quiz + "/questions";
    created(
        send(
            "hannah",
            "POST",
            questions,
            "{\"kind\":\"SINGLE\",\"text\":\"Which password is strongest?\",\"options\":["
                + "{\"text\":\"A long passphrase\",\"correct\":true},{\"text\":\"Your"
                + " birthday\"},{\"text\":\"Password1!\"}]}"));
    created(
        send(
            "hannah",
            "POST",
            questions,
            "{\"kind\":\"MULTIPLE\",\"text\":\"Which are signs of phishing?\",\"options\":["
                + "{\"text\":\"Urgent requests\",\"correct\":true},{\"text\":\"Links to"
                + " odd addresses\",\"correct\":true},{\"text\":\"A colleague you"
                + " expected\"}]}"));
    created(
        send(
            "hannah",
            "POST",
            questions,
            "{\"kind\":\"TRUE_FALSE\",\"text\":\"You report an incident at once.\","
                + "\"options\":[{\"text\":\"True\",\"correct\":true},{\"text\":\"False\"}]}"));
    expect(send("hannah", "POST", "api/v1/courses/" + security + "/publish", null), 200);
    // Mandatory for Engineering (alice, mike and their colleagues), due in 30 days.
    expect(
        send(
            "hannah",
            "POST",
            "api/v1/assignment-rules",
            "{\"courseId\":"
                + security
                + ",\"scope\":\"DEPARTMENT\",\"value\":\"Engineering\",\"dueDays\":30}"),
        201);

    long presenting =
        course(
            "Presenting with confidence",
            "Structure a talk, tell a story with your slides and handle questions calmly.",
            "Skills",
            List.of("communication"),
            90,
            "VIDEO",
            null);
    long basics = module(presenting, "The talk");
    lesson(
        presenting,
        basics,
        "{\"kind\":\"PAGE\",\"title\":\"One message\",\"body\":\"<p>Say in one sentence"
            + " what your audience should remember.</p>\"}");
    lesson(
        presenting,
        basics,
        "{\"kind\":\"LINK\",\"title\":\"Slide checklist\","
            + "\"url\":\"https://slides.example/checklist\"}");
    expect(send("hannah", "POST", "api/v1/courses/" + presenting + "/publish", null), 200);

    long firstAid =
        course(
            "First aid at work",
            "A morning with a trainer: recovery position, CPR and the defibrillator on each floor.",
            "Safety",
            List.of("safety"),
            240,
            "CLASSROOM",
            null);
    lesson(
        firstAid,
        module(firstAid, "Before the session"),
        "{\"kind\":\"PAGE\",\"title\":\"What to bring\",\"body\":\"<p>Comfortable clothes;"
            + " the training includes exercises on the floor.</p>\"}");
    expect(send("hannah", "POST", "api/v1/courses/" + firstAid + "/publish", null), 200);
    Instant start =
        LocalDate.now(ZoneOffset.UTC).plusDays(14).atTime(9, 0).toInstant(ZoneOffset.UTC);
    expect(
        send(
            "hannah",
            "POST",
            "api/v1/courses/" + firstAid + "/sessions",
            "{\"startsAt\":\""
                + start
                + "\",\"endsAt\":\""
                + start.plusSeconds(4 * 3600)
                + "\",\"place\":\"Training room 2\",\"trainer\":\"hannah\",\"capacity\":3}"),
        201);

    course(
        "Leading hybrid teams",
        "Rituals, tools and fairness when part of the team is remote (in preparation).",
        "Leadership",
        List.of("leadership"),
        120,
        "CLASSROOM",
        null);
    // The compliance trend's first month, so that the reports show it from the start.
    expect(send("hannah", "POST", "api/v1/reports/compliance/snapshots", null), 200);
    return "4 courses (3 published, 1 draft), Information security basics mandatory for"
        + " Engineering, a first-aid session in two weeks, this month's compliance snapshot";
  }

  private long course(
      String title,
      String summary,
      String category,
      List<String> tags,
      int minutes,
      String format,
      Integer validityMonths)
      throws IOException, InterruptedException {
    JsonArrayBuilder tagArray = Json.createArrayBuilder();
    tags.forEach(tagArray::add);
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("title", title)
            .add("summary", summary)
            .add("category", category)
            .add("tags", tagArray)
            .add("durationMinutes", minutes)
            .add("format", format);
    if (validityMonths != null) {
      body.add("validityMonths", validityMonths);
    }
    return created(send("hannah", "POST", "api/v1/courses", body.build().toString()));
  }

  private long module(long course, String title) throws IOException, InterruptedException {
    return created(
        send(
            "hannah",
            "POST",
            "api/v1/courses/" + course + "/modules",
            Json.createObjectBuilder().add("title", title).build().toString()));
  }

  private long lesson(long course, long module, String json)
      throws IOException, InterruptedException {
    return created(
        send("hannah", "POST", "api/v1/courses/" + course + "/modules/" + module + "/items", json));
  }

  private long article(String user, String title, String html, String category, List<String> tags)
      throws IOException, InterruptedException {
    JsonArrayBuilder tagArray = Json.createArrayBuilder();
    tags.forEach(tagArray::add);
    JsonObject body =
        Json.createObjectBuilder()
            .add("title", title)
            .add("body", html)
            .add("category", category)
            .add("tags", tagArray)
            .build();
    return created(send(user, "POST", "api/v1/articles", body.toString()));
  }

  /** The author submits; adam, an editor who is not the author, approves. */
  private void submitAndApprove(String author, long article)
      throws IOException, InterruptedException {
    expect(send(author, "POST", "api/v1/articles/" + article + "/submission", null), 200);
    expect(send("adam", "POST", "api/v1/articles/" + article + "/approval", null), 200);
  }

  private static JsonObjectBuilder announcementBody(
      String title, String html, String priority, JsonObjectBuilder audience) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("body", html)
        .add("priority", priority)
        .add("audience", audience);
  }

  private void announcement(String user, JsonObjectBuilder body)
      throws IOException, InterruptedException {
    created(send(user, "POST", "api/v1/announcements", body.build().toString()));
  }

  /** The id of the community with this name, or 0 when there is none. */
  private long communityNamed(String name) throws IOException, InterruptedException {
    HttpResponse<String> found =
        send(
            "alice",
            "GET",
            "api/v1/communities?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
            null);
    expect(found, 200);
    return read(found.body()).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> name.equals(c.getString("name")))
        .mapToLong(c -> c.getJsonNumber("id").longValue())
        .findFirst()
        .orElse(0);
  }

  private void seed() throws IOException, InterruptedException {
    long java =
        community(
            "alice",
            "Java Guild",
            "Everything about Java, Jakarta EE and the JVM at work: questions, tips, code reviews.",
            "Engineering",
            "OPEN",
            List.of("java", "jakarta-ee", "jvm"));
    long onboarding =
        community(
            "hannah",
            "New Joiners",
            "Ask anything in your first months here. No question is too small.",
            "People",
            "OPEN",
            List.of("onboarding", "help"));
    long security =
        community(
            "adam",
            "Security Champions",
            "Champions from every team: threat models, incidents, secure coding.",
            "IT",
            "RESTRICTED",
            List.of("security"));
    long leads =
        community(
            "mike",
            "Engineering Leads",
            "Private space of the engineering leads.",
            "Engineering",
            "PRIVATE",
            List.of("leadership"));

    join("mike", java);
    join("hiroshi.kim", java);
    join("isabella.li", java);
    join("alice", onboarding);
    join("mike", onboarding);
    join("logan.garcia", onboarding);
    join("alice", security);

    long records =
        thread(
            "alice",
            java,
            "Records as JPA embeddables?",
            "QUESTION",
            "<p>Has anyone used <strong>Java records</strong> as embeddables with EclipseLink 4?"
                + " What did you run into?</p>");
    long reply =
        reply(
            "mike",
            records,
            null,
            "<p>We tried: they work as DTOs, not as embeddables."
                + " @alice I can show you our converter.</p>");
    reply("alice", records, reply, "<p>Thanks @mike, that would help a lot.</p>");
    reply(
        "hiroshi.kim",
        records,
        null,
        "<p>Use constructor expressions in JPQL: <code>select new ...View(...)</code>.</p>");

    long tips =
        thread(
            "isabella.li",
            java,
            "Favourite JDK 17 features",
            "DISCUSSION",
            "<p>Mine:</p><ul><li>switch expressions</li><li>text blocks</li><li>records</li></ul>");
    reply("mike", tips, null, "<p>Sealed interfaces for domain states.</p>");

    long laptop =
        thread(
            "logan.garcia",
            onboarding,
            "How do I get a second monitor?",
            "QUESTION",
            "<p>I started last week. Who do I ask for a second monitor?</p>");
    reply(
        "hannah", laptop, null, "<p>Raise a ticket in the IT portal under <em>Hardware</em>.</p>");
    thread(
        "hannah",
        onboarding,
        "Welcome to Learning Commons",
        "DISCUSSION",
        "<p>Introduce yourself here: your team, what you work on, and one thing you enjoy.</p>");
    thread(
        "adam",
        security,
        "Phishing test results Q3",
        "DISCUSSION",
        "<p>Click rate went down from 9% to 4%. Details in the next champions call.</p>");
    thread(
        "mike",
        leads,
        "Hiring plan",
        "DISCUSSION",
        "<p>Draft numbers for next year, leads only.</p>");
    // Someone waiting for approval, so the owner sees the moderator's side at once.
    join("mike", security);
  }

  private long community(
      String user,
      String name,
      String description,
      String category,
      String visibility,
      List<String> tags)
      throws IOException, InterruptedException {
    JsonArrayBuilder tagArray = Json.createArrayBuilder();
    tags.forEach(tagArray::add);
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("description", description)
            .add("category", category)
            .add("visibility", visibility)
            .add("tags", tagArray);
    return created(send(user, "POST", "api/v1/communities", body.build().toString()));
  }

  private void join(String user, long community) throws IOException, InterruptedException {
    expect(send(user, "POST", "api/v1/communities/" + community + "/membership", null), 200);
  }

  private long thread(String user, long community, String title, String kind, String html)
      throws IOException, InterruptedException {
    JsonObject body =
        Json.createObjectBuilder().add("title", title).add("kind", kind).add("body", html).build();
    return created(
        send(user, "POST", "api/v1/communities/" + community + "/threads", body.toString()));
  }

  private long reply(String user, long thread, Long inReplyTo, String html)
      throws IOException, InterruptedException {
    JsonObjectBuilder body = Json.createObjectBuilder().add("body", html);
    if (inReplyTo != null) {
      body.add("inReplyTo", inReplyTo);
    }
    return created(
        send(user, "POST", "api/v1/threads/" + thread + "/replies", body.build().toString()));
  }

  private static long created(HttpResponse<String> response) {
    expect(response, 201);
    return read(response.body()).getJsonNumber("id").longValue();
  }

  private static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "Seeding demo content: "
              + response.request().method()
              + " "
              + response.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
  }

  private HttpResponse<String> send(String user, String method, String path, String json)
      throws IOException, InterruptedException {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Authorization", "Basic " + credentials);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject read(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
