package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningcommons.demo.DemoDirectory;
import org.learningcommons.demo.TestEnvironment;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Communities and discussion through the REST API, against the real use cases, database and
 * directory: what each person may see and do, input that must be refused cleanly, idempotent
 * submissions, neutralised HTML, the stream's paging and the Atom feed. Every test creates its own
 * communities under names unique to the run, so that order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommunitiesApiIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final String PROBLEM = "application/problem+json";

  /** Elements the rich-text allow-list keeps; anything else in a stored body is a leak. */
  private static final Set<String> ALLOWED_ELEMENTS =
      Set.of(
          "p",
          "br",
          "strong",
          "b",
          "em",
          "i",
          "u",
          "s",
          "sub",
          "sup",
          "span",
          "blockquote",
          "pre",
          "code",
          "ul",
          "ol",
          "li",
          "h2",
          "h3",
          "h4",
          "a",
          "img");

  private static final Pattern REL = Pattern.compile("rel=\"([^\"]*)\"");
  private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z0-9]+)([^>]*)>");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  // ---- communities ----

  @Test
  void aCommunityIsCreatedListedAndRead() {
    HttpResponse<String> created =
        api()
            .postJson(
                "api/v1/communities",
                "alice",
                PASSWORD,
                community("Kotlin guild " + RUN, "OPEN")
                    .add("tags", Json.createArrayBuilder().add(" Kotlin ").add("JVM"))
                    .build()
                    .toString());

    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    JsonObject body = Api.json(created);
    long id = body.getJsonNumber("id").longValue();
    assertTrue(location.endsWith("/api/v1/communities/" + id), location);
    assertEquals("OWNER", body.getString("myRole"));
    assertEquals("[\"jvm\",\"kotlin\"]", body.getJsonArray("tags").toString());

    JsonObject read = Api.json(api().get("api/v1/communities/" + id, "mike", PASSWORD));
    assertEquals("Kotlin guild " + RUN, read.getString("name"));
    assertTrue(read.getBoolean("canJoin"));
    assertFalse(read.containsKey("myStatus"), "a non-member has no status");

    JsonObject list =
        Api.json(api().get("api/v1/communities?q=kotlin+guild+" + RUN, "mike", PASSWORD));
    assertEquals(1, list.getInt("total"), list.toString());
    JsonObject mine =
        Api.json(api().get("api/v1/communities?mine=true&sort=name&limit=100", "alice", PASSWORD));
    assertTrue(ids(mine.getJsonArray("items")).contains(id), mine.toString());
    JsonObject byTag =
        Api.json(api().get("api/v1/communities?tag=KOTLIN&limit=100", "mike", PASSWORD));
    assertTrue(ids(byTag.getJsonArray("items")).contains(id), byTag.toString());
  }

  @Test
  void aDuplicateNameIsAConflictWithAClearMessage() {
    createCommunity("alice", "Duplicate " + RUN, "OPEN");

    HttpResponse<String> again =
        api()
            .postJson(
                "api/v1/communities",
                "mike",
                PASSWORD,
                community("DUPLICATE " + RUN, "RESTRICTED").build().toString());

    assertProblem(409, again);
    JsonObject problem = Api.json(again);
    assertEquals("A community with this name exists already.", problem.getString("detail"));
    assertEquals("name", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    JsonObject list =
        Api.json(api().get("api/v1/communities?q=duplicate+" + RUN, "adam", PASSWORD));
    assertEquals(1, list.getInt("total"), "nothing half-written: " + list);
  }

  @Test
  void invalidCommunitiesAndQueriesAreFieldErrors() {
    HttpResponse<String> empty = api().postJson("api/v1/communities", "alice", PASSWORD, "");
    assertProblem(400, empty);
    assertEquals(Set.of("name", "category", "visibility"), fields(empty));

    HttpResponse<String> secret =
        api()
            .postJson(
                "api/v1/communities",
                "alice",
                PASSWORD,
                community("Secret " + RUN, "SECRET").build().toString());
    assertProblem(400, secret);
    assertEquals(Set.of("visibility"), fields(secret));

    HttpResponse<String> malformed =
        api().postJson("api/v1/communities", "alice", PASSWORD, "{\"name\": ");
    assertProblem(400, malformed);

    HttpResponse<String> sort = api().get("api/v1/communities?sort=random", "alice", PASSWORD);
    assertProblem(400, sort);
    assertEquals(Set.of("sort"), fields(sort));
    assertProblem(400, api().get("api/v1/communities?limit=101", "alice", PASSWORD));
  }

  @Test
  void unknownIdsAreNotFoundProblems() {
    assertProblem(404, api().get("api/v1/communities/987654321", "alice", PASSWORD));
    assertProblem(404, api().get("api/v1/communities/987654321/threads", "alice", PASSWORD));
    assertProblem(404, api().get("api/v1/threads/987654321", "alice", PASSWORD));
    assertProblem(404, api().get("api/v1/threads/987654321/replies", "alice", PASSWORD));
    assertProblem(
        404, api().postJson("api/v1/threads/987654321/replies", "alice", PASSWORD, reply("Hello")));
    assertProblem(
        404, api().get("api/v1/feeds/communities/987654321.atom", "alice", PASSWORD, "*/*"));
  }

  // ---- who sees what ----

  @Test
  void aPrivateCommunityIsInvisibleToNonMembersEverywhere() throws Exception {
    signIn("alice", "mike");
    follow("alice", "mike");
    long open = createCommunity("mike", "Mike open " + RUN, "OPEN");
    long openThread = startThread("mike", open, "Public news " + RUN, "<p>Open to all</p>");
    long secret = createCommunity("mike", "Mike private " + RUN, "PRIVATE");
    long thread = startThread("mike", secret, "Secret plan " + RUN, "<p>Nobody else</p>");
    long replyId =
        Api.json(
                api()
                    .postJson(
                        "api/v1/threads/" + thread + "/replies",
                        "mike",
                        PASSWORD,
                        reply("Hidden reply, cc @alice")))
            .getJsonNumber("id")
            .longValue();

    assertProblem(404, api().get("api/v1/communities/" + secret, "alice", PASSWORD));
    assertFalse(
        ids(Api.json(api().get("api/v1/communities?q=" + RUN + "&limit=100", "alice", PASSWORD))
                .getJsonArray("items"))
            .contains(secret),
        "not listed");
    assertProblem(404, api().get("api/v1/communities/" + secret + "/threads", "alice", PASSWORD));
    assertProblem(404, api().get("api/v1/threads/" + thread, "alice", PASSWORD));
    assertProblem(404, api().get("api/v1/threads/" + thread + "/replies", "alice", PASSWORD));
    assertProblem(
        404,
        api()
            .postJson("api/v1/communities/" + secret + "/threads", "alice", PASSWORD, thread("x")));
    assertProblem(
        404,
        api().postJson("api/v1/threads/" + thread + "/replies", "alice", PASSWORD, reply("x")));
    assertProblem(
        404, api().post("api/v1/communities/" + secret + "/membership", "alice", PASSWORD));
    assertProblem(
        404, api().get("api/v1/feeds/communities/" + secret + ".atom", "alice", PASSWORD, "*/*"));
    assertProblem(
        404, api().get("api/v1/feeds/communities/" + secret + ".atom", "mike", PASSWORD, "*/*"));
    Set<Long> aliceStream = streamThreads("alice");
    assertTrue(aliceStream.contains(openThread), "a followed colleague's open thread shows");
    assertFalse(aliceStream.contains(thread), "a followed colleague's private thread does not");
    assertFalse(mentioned(replyId).contains("alice"), "no mention (and so no notification)");

    JsonObject asMember = Api.json(api().get("api/v1/communities/" + secret, "mike", PASSWORD));
    assertEquals("PRIVATE", asMember.getString("visibility"));
    assertEquals(
        1,
        Api.json(api().get("api/v1/communities/" + secret + "/threads", "mike", PASSWORD))
            .getInt("total"));
    assertTrue(streamThreads("mike").contains(thread), "members see it in their stream");
  }

  @Test
  void aRestrictedCommunityShowsItselfButNotItsThreadsUntilARequestIsApproved() {
    long restricted = createCommunity("mike", "Mike restricted " + RUN, "RESTRICTED");
    long thread = startThread("mike", restricted, "Members only " + RUN, "<p>Inside</p>");

    JsonObject seen = Api.json(api().get("api/v1/communities/" + restricted, "alice", PASSWORD));
    assertFalse(seen.getBoolean("canRead"));
    assertTrue(seen.getBoolean("canRequestToJoin"));
    HttpResponse<String> threads =
        api().get("api/v1/communities/" + restricted + "/threads", "alice", PASSWORD);
    assertProblem(403, threads);
    assertEquals("Only members read this community.", Api.json(threads).getString("detail"));
    assertProblem(404, api().get("api/v1/threads/" + thread, "alice", PASSWORD));
    assertProblem(
        404,
        api().get("api/v1/feeds/communities/" + restricted + ".atom", "mike", PASSWORD, "*/*"));

    HttpResponse<String> join =
        api().post("api/v1/communities/" + restricted + "/membership", "alice", PASSWORD);
    assertEquals(200, join.statusCode(), join.body());
    assertEquals("REQUESTED", Api.json(join).getString("status"));
    assertProblem(
        403, api().get("api/v1/communities/" + restricted + "/threads", "alice", PASSWORD));
    assertProblem(
        403, api().post("api/v1/communities/" + restricted + "/requests/alice", "alice", PASSWORD));
    HttpResponse<String> requests =
        api().get("api/v1/communities/" + restricted + "/requests", "mike", PASSWORD);
    assertTrue(requests.body().contains("\"alice\""), requests.body());

    HttpResponse<String> approve =
        api().post("api/v1/communities/" + restricted + "/requests/alice", "mike", PASSWORD);

    assertEquals(204, approve.statusCode(), approve.body());
    assertEquals(
        1,
        Api.json(api().get("api/v1/communities/" + restricted + "/threads", "alice", PASSWORD))
            .getInt("total"));
    assertEquals(
        201,
        api()
            .postJson("api/v1/threads/" + thread + "/replies", "alice", PASSWORD, reply("Thanks!"))
            .statusCode());
    assertProblem(
        404, api().post("api/v1/communities/" + restricted + "/requests/alice", "mike", PASSWORD));
    assertEquals(
        204,
        api()
            .delete("api/v1/communities/" + restricted + "/membership", "alice", PASSWORD)
            .statusCode());
    assertProblem(
        403, api().delete("api/v1/communities/" + restricted + "/membership", "mike", PASSWORD));
  }

  @Test
  void onlyMembersPostAndOnlyModeratorsLockThreads() {
    long open = createCommunity("mike", "Locking " + RUN, "OPEN");
    long thread = startThread("mike", open, "Lock me " + RUN, "<p>Lock test</p>");

    HttpResponse<String> outsider =
        api().postJson("api/v1/threads/" + thread + "/replies", "alice", PASSWORD, reply("Hi"));
    assertProblem(403, outsider);
    assertEquals("Join the community to post in it.", Api.json(outsider).getString("detail"));
    assertEquals(
        "ACTIVE",
        Api.json(api().post("api/v1/communities/" + open + "/membership", "alice", PASSWORD))
            .getString("status"));

    HttpResponse<String> memberLocks =
        api().post("api/v1/threads/" + thread + "/lock", "alice", PASSWORD);
    assertProblem(403, memberLocks);
    assertEquals(
        "Only the community's moderators may do this.", Api.json(memberLocks).getString("detail"));
    assertEquals(
        204, api().post("api/v1/threads/" + thread + "/lock", "mike", PASSWORD).statusCode());
    HttpResponse<String> locked =
        api().postJson("api/v1/threads/" + thread + "/replies", "alice", PASSWORD, reply("Hi"));
    assertProblem(403, locked);
    assertEquals("This thread is locked: no more replies.", Api.json(locked).getString("detail"));
    assertTrue(
        Api.json(api().get("api/v1/threads/" + thread, "alice", PASSWORD)).getBoolean("locked"));

    assertEquals(
        204, api().delete("api/v1/threads/" + thread + "/lock", "mike", PASSWORD).statusCode());
    assertEquals(
        201,
        api()
            .postJson("api/v1/threads/" + thread + "/replies", "alice", PASSWORD, reply("Hi"))
            .statusCode());
  }

  // ---- replies ----

  @Test
  void repliesNestOneLevelAndMentionsReachReaders() throws SQLException {
    signIn("alice", "mike");
    long open = createCommunity("mike", "Replies " + RUN, "OPEN");
    long thread = startThread("mike", open, "Nesting " + RUN, "<p>Start</p>");
    long first = replyId("mike", thread, "First", null);
    long nested = replyId("mike", thread, "Nested", first);
    long deeper = replyId("mike", thread, "Deeper, thanks @Alice and bob@example.com", nested);

    JsonObject page =
        Api.json(api().get("api/v1/threads/" + thread + "/replies", "alice", PASSWORD));

    assertEquals(1, page.getInt("page"));
    assertFalse(page.containsKey("nextPage"));
    JsonArray items = page.getJsonArray("items");
    assertEquals(1, items.size(), items.toString());
    JsonObject top = items.getJsonObject(0);
    assertEquals(first, top.getJsonNumber("id").longValue());
    List<Long> children = ids(top.getJsonArray("replies")).stream().toList();
    assertEquals(List.of(nested, deeper), children);
    assertEquals(
        first, top.getJsonArray("replies").getJsonObject(1).getJsonNumber("parentId").longValue());
    assertEquals(Set.of("alice"), mentioned(deeper), "an e-mail address is not a mention");

    JsonObject opening =
        Api.json(api().get("api/v1/threads/" + thread, "alice", PASSWORD)).getJsonObject("opening");
    assertEquals("<p>Start</p>", opening.getString("body"));
  }

  @Test
  void aDoubleSubmittedThreadOrReplyIsPostedOnce() {
    long open = createCommunity("mike", "Double " + RUN, "OPEN");
    String once = thread("Twice?", "<p>Clicked twice</p>", UUID.randomUUID().toString());

    HttpResponse<String> first =
        api().postJson("api/v1/communities/" + open + "/threads", "mike", PASSWORD, once);
    HttpResponse<String> second =
        api().postJson("api/v1/communities/" + open + "/threads", "mike", PASSWORD, once);

    assertEquals(201, first.statusCode(), first.body());
    assertEquals(201, second.statusCode(), second.body());
    assertEquals(
        first.headers().firstValue("Location").orElseThrow(),
        second.headers().firstValue("Location").orElseThrow());

    String raced = thread("Raced", "<p>Two at once</p>", UUID.randomUUID().toString());
    CompletableFuture<HttpResponse<String>> a =
        api().postJsonAsync("api/v1/communities/" + open + "/threads", "mike", PASSWORD, raced);
    CompletableFuture<HttpResponse<String>> b =
        api().postJsonAsync("api/v1/communities/" + open + "/threads", "mike", PASSWORD, raced);
    assertEquals(201, a.join().statusCode(), a.join().body());
    assertEquals(201, b.join().statusCode(), b.join().body());
    assertEquals(Api.json(a.join()).getJsonNumber("id"), Api.json(b.join()).getJsonNumber("id"));
    assertEquals(
        2,
        Api.json(api().get("api/v1/communities/" + open + "/threads", "mike", PASSWORD))
            .getInt("total"));

    long thread = Api.json(first).getJsonNumber("id").longValue();
    String replyOnce =
        Json.createObjectBuilder()
            .add("body", "Once")
            .add("requestId", UUID.randomUUID().toString())
            .build()
            .toString();
    JsonObject r1 =
        Api.json(
            api().postJson("api/v1/threads/" + thread + "/replies", "mike", PASSWORD, replyOnce));
    JsonObject r2 =
        Api.json(
            api().postJson("api/v1/threads/" + thread + "/replies", "mike", PASSWORD, replyOnce));
    assertEquals(r1.getJsonNumber("id"), r2.getJsonNumber("id"));
    assertEquals(
        1, Api.json(api().get("api/v1/threads/" + thread, "mike", PASSWORD)).getInt("replyCount"));
  }

  @Test
  void anEmptyBodyIsAProblemNamingTheFields() {
    long open = createCommunity("mike", "Empty " + RUN, "OPEN");

    HttpResponse<String> empty =
        api().postJson("api/v1/communities/" + open + "/threads", "mike", PASSWORD, "");
    HttpResponse<String> emptyObject =
        api().postJson("api/v1/communities/" + open + "/threads", "mike", PASSWORD, "{}");
    HttpResponse<String> onlyMarkup =
        api()
            .postJson(
                "api/v1/communities/" + open + "/threads",
                "mike",
                PASSWORD,
                thread("Title", "<script>alert(1)</script>", null));

    assertProblem(400, empty);
    assertEquals(Set.of("title", "body"), fields(empty));
    assertProblem(400, emptyObject);
    assertEquals(Set.of("title", "body"), fields(emptyObject));
    assertProblem(400, onlyMarkup);
    assertEquals(Set.of("body"), fields(onlyMarkup));
    assertEquals("Write something first.", Api.json(onlyMarkup).getString("detail"));
    assertEquals(
        0,
        Api.json(api().get("api/v1/communities/" + open + "/threads", "mike", PASSWORD))
            .getInt("total"),
        "nothing half-written");
  }

  @Test
  void aTenMegabyteBodyIsRefusedCleanlyAndNothingIsWritten() {
    long open = createCommunity("mike", "Huge " + RUN, "OPEN");
    String huge = thread("Huge", "<p>" + "x".repeat(10 * 1024 * 1024) + "</p>", null);

    HttpResponse<String> response =
        api().postJson("api/v1/communities/" + open + "/threads", "mike", PASSWORD, huge);

    assertProblem(413, response);
    assertFalse(response.body().contains("Exception"), response.body());
    assertFalse(response.body().contains("at org."), response.body());
    assertEquals(
        0,
        Api.json(api().get("api/v1/communities/" + open + "/threads", "mike", PASSWORD))
            .getInt("total"));
    assertEquals(
        200,
        api().get("api/v1/communities/" + open, "mike", PASSWORD).statusCode(),
        "the server goes on answering");
  }

  @Test
  void everyKnownXssVectorComesBackNeutralised() throws Exception {
    long open = createCommunity("mike", "XSS " + RUN, "OPEN");
    long thread = startThread("mike", open, "Vectors " + RUN, "<p>Try me</p>");
    List<String> vectors = xssVectors();
    assertEquals(57, vectors.size());
    for (int i = 0; i < vectors.size(); i++) {
      HttpResponse<String> posted =
          api()
              .postJson(
                  "api/v1/threads/" + thread + "/replies",
                  "mike",
                  PASSWORD,
                  reply("v" + i + " " + vectors.get(i)));
      assertEquals(201, posted.statusCode(), vectors.get(i) + " -> " + posted.body());
    }
    long xssThread = startThread("mike", open, "Opening vector", vectors.get(0) + " opening");
    List<String> bodies = new ArrayList<>();
    bodies.add(
        Api.json(api().get("api/v1/threads/" + xssThread, "alice", PASSWORD))
            .getJsonObject("opening")
            .getString("body"));

    Integer page = 1;
    while (page != null) {
      JsonObject replies =
          Api.json(
              api().get("api/v1/threads/" + thread + "/replies?page=" + page, "alice", PASSWORD));
      for (JsonValue item : replies.getJsonArray("items")) {
        bodies.add(item.asJsonObject().getString("body"));
      }
      page = replies.containsKey("nextPage") ? replies.getInt("nextPage") : null;
    }

    assertEquals(58, bodies.size());
    int links = 0;
    for (String body : bodies) {
      String lower = body.toLowerCase(Locale.ROOT);
      for (String forbidden :
          List.of("<script", "<iframe", "<object", "<embed", "<svg", "<style", "<form", "<math")) {
        assertFalse(lower.contains(forbidden), body);
      }
      Matcher tag = TAG.matcher(body);
      while (tag.find()) {
        String name = tag.group(1).toLowerCase(Locale.ROOT);
        String attributes = tag.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        assertTrue(ALLOWED_ELEMENTS.contains(name), body);
        assertFalse(Pattern.compile("(^|[\"'/])on[a-z]+=").matcher(attributes).find(), body);
        assertFalse(attributes.contains("javascript:"), body);
        assertFalse(attributes.contains("vbscript:"), body);
        assertFalse(attributes.contains("data:"), body);
        assertFalse(attributes.contains("style="), body);
        if (name.equals("a") && !tag.group(0).startsWith("</")) {
          links++;
          Matcher rel = REL.matcher(tag.group(2));
          assertTrue(rel.find(), body);
          assertEquals(
              Set.of("noopener", "noreferrer", "nofollow"),
              Set.of(rel.group(1).strip().split("\\s+")),
              body);
        }
      }
    }
    assertTrue(links > 0, "some vectors keep a harmless link, which must open safely");
  }

  // ---- stream and feed ----

  @Test
  void theStreamPagesByKeysetWithoutDuplicates() {
    TestEnvironment.directory()
        .addPerson("stella" + RUN, "Stella Stream", "Research", "Scientist", null);
    String stella = "stella" + RUN;
    long open = createCommunity(stella, "Stream " + RUN, "OPEN");
    long thread = startThread(stella, open, "Busy " + RUN, "<p>Start</p>");
    for (int i = 0; i < 12; i++) {
      replyId(stella, thread, "Reply " + i, null);
    }

    List<Long> seen = new ArrayList<>();
    String next = "api/v1/stream?limit=5";
    int pages = 0;
    while (next != null) {
      JsonObject page = Api.json(api().get(next, stella, PASSWORD));
      page.getJsonArray("items")
          .forEach(item -> seen.add(item.asJsonObject().getJsonNumber("id").longValue()));
      next =
          page.containsKey("nextBefore")
              ? "api/v1/stream?limit=5&before=" + page.getJsonNumber("nextBefore")
              : null;
      assertEquals(page.containsKey("nextBefore"), page.containsKey("next"));
      pages++;
    }

    assertEquals(13, seen.size(), seen.toString());
    assertEquals(13, new HashSet<>(seen).size(), "no duplicates: " + seen);
    assertTrue(pages >= 3);
    assertProblem(400, api().get("api/v1/stream?limit=51", stella, PASSWORD));
  }

  @Test
  void anOpenCommunityHasAValidAtomFeedListingItsThreads() throws Exception {
    long open = createCommunity("mike", "Feed " + RUN, "OPEN");
    long thread = startThread("mike", open, "Feed <thread> & " + RUN, "<p>Hello feed</p>");
    replyId("mike", thread, "<b>bold</b> <script>alert(1)</script> & more", null);

    HttpResponse<String> response =
        api()
            .get(
                "api/v1/feeds/communities/" + open + ".atom",
                "alice",
                PASSWORD,
                "application/atom+xml");

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/atom+xml"));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document atom =
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(new AtomNamespace());
    assertEquals("Feed " + RUN, xpath.evaluate("/a:feed/a:title", atom));
    for (String required : List.of("a:id", "a:updated", "a:link[@rel='self']/@href")) {
      assertFalse(xpath.evaluate("/a:feed/" + required, atom).isBlank(), required);
    }
    assertEquals(
        2.0, (Double) xpath.evaluate("count(/a:feed/a:entry)", atom, XPathConstants.NUMBER));
    for (int i = 1; i <= 2; i++) {
      String entry = "/a:feed/a:entry[" + i + "]/";
      for (String required : List.of("a:id", "a:title", "a:updated", "a:author/a:name")) {
        assertFalse(xpath.evaluate(entry + required, atom).isBlank(), entry + required);
      }
      assertTrue(xpath.evaluate(entry + "a:id", atom).startsWith("tag:"));
      assertTrue(
          xpath
              .evaluate(entry + "a:link[@rel='alternate']/@href", atom)
              .contains("/communities/thread.xhtml?id=" + thread + "&post="));
      assertEquals("html", xpath.evaluate(entry + "a:content/@type", atom));
    }
    assertEquals("Feed <thread> & " + RUN, xpath.evaluate("/a:feed/a:entry[2]/a:title", atom));
    assertEquals("Mike Mitchell", xpath.evaluate("/a:feed/a:entry[1]/a:author/a:name", atom));
    String replyHtml = xpath.evaluate("/a:feed/a:entry[1]/a:content", atom);
    assertTrue(replyHtml.contains("<b>bold</b>"), replyHtml);
    assertFalse(replyHtml.contains("<script"), replyHtml);
  }

  @Test
  void theOpenApiDocumentDescribesCommunitiesAndDiscussion() {
    String openApi = api().getAnonymous("/openapi").body();

    for (String path :
        List.of(
            "/api/v1/communities/{id}/membership",
            "/api/v1/communities/{communityId}/threads",
            "/api/v1/threads/{id}/replies",
            "/api/v1/stream",
            "/api/v1/feeds/communities/")) {
      assertTrue(openApi.contains(path), path);
    }
  }

  // ---- notifications produced by discussion ----

  @Test
  void aMentionReachesTheMentionedPersonInTheBellAndByMailButNeverTheAuthor() {
    signIn("alice", "mike");
    long community = createCommunity("alice", "Mention notices " + RUN, "OPEN");
    assertEquals(
        200,
        api()
            .post("api/v1/communities/" + community + "/membership", "mike", PASSWORD)
            .statusCode());
    String title = "Mention me " + RUN;
    long thread = startThread("alice", community, title, "<p>Question for the team</p>");

    replyId("mike", thread, "<p>Good point @alice, see the wiki.</p>", null);

    JsonObject mention = notification("alice", "MENTION", title);
    assertNotNull(mention, "alice is told that mike mentioned her");
    assertEquals("mike", mention.getString("actor"));
    assertTrue(mention.getString("link").contains("thread.xhtml?id=" + thread));
    assertEquals(
        null,
        notification("alice", "REPLY_TO_MY_THREAD", title),
        "a mention already tells the author; no second notice for the same reply");
    assertEquals(null, notification("mike", "MENTION", title), "no notice for one's own action");
    String aliceMail = Api.json(api().get("api/v1/me", "alice", PASSWORD)).getString("email");
    NotificationsIT.awaitMailTo(
        aliceMail, mail -> mail.text().contains(title), java.time.Duration.ofSeconds(30));
  }

  @Test
  void repliesReachTheThreadsAuthorAndFollowers() {
    signIn("alice", "mike", "hannah");
    long community = createCommunity("alice", "Reply notices " + RUN, "OPEN");
    for (String member : List.of("mike", "hannah")) {
      assertEquals(
          200,
          api()
              .post("api/v1/communities/" + community + "/membership", member, PASSWORD)
              .statusCode());
    }
    String title = "Lunch options " + RUN;
    long thread = startThread("alice", community, title, "<p>Where do we go?</p>");
    replyId("hannah", thread, "<p>The new place on the corner.</p>", null);

    replyId("mike", thread, "<p>Agreed.</p>", null);

    assertNotNull(notification("alice", "REPLY_TO_MY_THREAD", title));
    assertNotNull(
        notification("hannah", "REPLY_IN_FOLLOWED_THREAD", title),
        "hannah follows the thread since she replied");
  }

  @Test
  void aMentionInAPrivateCommunityNeverReachesANonMember() {
    signIn("alice", "hannah");
    long community = createCommunity("alice", "Private mentions " + RUN, "PRIVATE");
    String title = "Secret plans " + RUN;

    startThread("alice", community, title, "<p>Should we ask @hannah about this?</p>");

    assertEquals(
        null,
        notification("hannah", "MENTION", title),
        "a notification would reveal the private community's thread");
  }

  @Test
  void aRequestToJoinReachesTheModeratorsAndTheDecisionTheRequester() {
    signIn("alice", "hannah");
    String name = "Approvals " + RUN;
    long community = createCommunity("alice", name, "RESTRICTED");

    api().post("api/v1/communities/" + community + "/membership", "hannah", PASSWORD);

    assertNotNull(notification("alice", "JOIN_REQUEST", name));
    assertEquals(
        204,
        api()
            .post("api/v1/communities/" + community + "/requests/hannah", "alice", PASSWORD)
            .statusCode());
    assertNotNull(notification("hannah", "JOIN_DECISION", name));
  }

  /** The newest notification of this kind about this subject, or null. */
  private JsonObject notification(String user, String kind, String subjectPart) {
    JsonObject page = Api.json(api().get("api/v1/notifications?limit=100", user, PASSWORD));
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> n.getString("kind").equals(kind))
        .filter(n -> n.getString("subject", "").contains(subjectPart))
        .findFirst()
        .orElse(null);
  }

  // ---- helpers ----

  private long createCommunity(String user, String name, String visibility) {
    HttpResponse<String> created =
        api()
            .postJson(
                "api/v1/communities",
                user,
                PASSWORD,
                community(name, visibility).build().toString());
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).getJsonNumber("id").longValue();
  }

  private long startThread(String user, long community, String title, String body) {
    HttpResponse<String> started =
        api()
            .postJson(
                "api/v1/communities/" + community + "/threads",
                user,
                PASSWORD,
                thread(title, body, null));
    assertEquals(201, started.statusCode(), started.body());
    return Api.json(started).getJsonNumber("id").longValue();
  }

  private long replyId(String user, long thread, String body, Long inReplyTo) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("body", body);
    if (inReplyTo != null) {
      json.add("inReplyTo", inReplyTo);
    }
    HttpResponse<String> posted =
        api()
            .postJson(
                "api/v1/threads/" + thread + "/replies", user, PASSWORD, json.build().toString());
    assertEquals(201, posted.statusCode(), posted.body());
    assertTrue(posted.headers().firstValue("Location").orElse("").contains("/replies?post="));
    return Api.json(posted).getJsonNumber("id").longValue();
  }

  /** Mentions and follows need profiles, which the first sign-in creates. */
  private void signIn(String... users) {
    for (String user : users) {
      assertEquals(200, api().get("api/v1/me", user, PASSWORD).statusCode());
    }
  }

  private Set<Long> streamThreads(String user) {
    JsonObject page = Api.json(api().get("api/v1/stream?limit=50", user, PASSWORD));
    Set<Long> threads = new HashSet<>();
    page.getJsonArray("items")
        .forEach(item -> threads.add(item.asJsonObject().getJsonNumber("threadId").longValue()));
    return threads;
  }

  private static JsonObjectBuilder community(String name, String visibility) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("description", "Made by " + CommunitiesApiIT.class.getSimpleName())
        .add("category", "Engineering")
        .add("visibility", visibility);
  }

  private static String thread(String title) {
    return thread(title, "<p>Body</p>", null);
  }

  private static String thread(String title, String body, String requestId) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("title", title).add("body", body);
    if (requestId != null) {
      json.add("requestId", requestId);
    }
    return json.build().toString();
  }

  private static String reply(String body) {
    return Json.createObjectBuilder().add("body", body).build().toString();
  }

  private static Set<Long> ids(JsonArray items) {
    Set<Long> ids = new java.util.LinkedHashSet<>();
    items.forEach(item -> ids.add(item.asJsonObject().getJsonNumber("id").longValue()));
    return ids;
  }

  private static Set<String> fields(HttpResponse<String> problem) {
    Set<String> fields = new HashSet<>();
    Api.json(problem)
        .getJsonArray("errors")
        .forEach(error -> fields.add(error.asJsonObject().getString("field")));
    return fields;
  }

  private static void assertProblem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        PROBLEM, response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip());
    assertEquals(status, Api.json(response).getInt("status"), response.body());
    assertNotNull(Api.json(response).getString("detail"));
  }

  private static List<String> xssVectors() throws Exception {
    try (InputStream in =
            CommunitiesApiIT.class.getResourceAsStream("/org/learningcommons/it/xss-vectors.json");
        JsonReader reader = Json.createReader(in)) {
      return reader.readArray().getValuesAs(JsonValue::toString).stream()
          .map(v -> Json.createReader(new StringReader(v)).readValue())
          .map(v -> ((jakarta.json.JsonString) v).getString())
          .toList();
    }
  }

  /** Test setup only: the API has no "follow a colleague" endpoint yet. */
  private static void follow(String follower, String followee) throws SQLException {
    try (Connection connection = TestEnvironment.database().connect();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into staff_follow (follower, followee, followed_at)"
                    + " values (?, ?, now()) on conflict do nothing")) {
      insert.setString(1, follower);
      insert.setString(2, followee);
      insert.executeUpdate();
    }
  }

  private static Set<String> mentioned(long postId) throws SQLException {
    try (Connection connection = TestEnvironment.database().connect();
        PreparedStatement query =
            connection.prepareStatement("select username from post_mention where post_id = ?")) {
      query.setLong(1, postId);
      Set<String> usernames = new HashSet<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          usernames.add(rows.getString(1));
        }
      }
      return usernames;
    }
  }

  private static final class AtomNamespace implements javax.xml.namespace.NamespaceContext {
    @Override
    public String getNamespaceURI(String prefix) {
      return "a".equals(prefix) ? "http://www.w3.org/2005/Atom" : null;
    }

    @Override
    public String getPrefix(String uri) {
      return null;
    }

    @Override
    public java.util.Iterator<String> getPrefixes(String uri) {
      return java.util.Collections.emptyIterator();
    }
  }
}
