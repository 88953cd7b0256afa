package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningcommons.demo.DemoDirectory;
import org.learningcommons.demo.TestEnvironment;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Knowledge articles through the REST API: the review flow and who sees an article when, the author
 * who may not approve their own, history with diffs, comments, helpful marks, flags, the review-due
 * notice and the Atom feed. Every test writes articles of its own, with people added to the
 * directory for it, so that order does not matter. Editors: hannah (HR) and adam (ADMIN).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArticlesIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final String PROBLEM = "application/problem+json";
  private static final String EDITOR = "hannah";
  private static final String ADMIN = "adam";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  /** Editors hear of submissions through the roles recorded when they sign in. */
  @BeforeEach
  void editorsHaveSignedIn() {
    assertEquals(200, api().get("api/v1/me", EDITOR, PASSWORD).statusCode());
    assertEquals(200, api().get("api/v1/me", ADMIN, PASSWORD).statusCode());
  }

  @Test
  void aDraftGoesThroughReviewAndOnlyAfterPublishingOthersSeeIt() {
    String author = newPerson("wri" + RUN);
    String reader = newPerson("rea" + RUN);
    String title = "Expense claims " + RUN;

    long id = create(author, title, "<p>Submit within 30 days.<script>alert(1)</script></p>");
    JsonObject draft = Api.json(api().get("api/v1/articles/" + id, author, PASSWORD));
    assertEquals("DRAFT", draft.getString("status"));
    assertEquals("<p>Submit within 30 days.</p>", draft.getString("body"));
    assertEquals(author, draft.getString("owner"));
    assertProblem(404, api().get("api/v1/articles/" + id, reader, PASSWORD));
    assertFalse(publishedIds(reader, "expense").contains(id));
    assertTrue(
        ids(api().get("api/v1/articles?mine=true&status=DRAFT", author, PASSWORD)).contains(id));

    assertEquals("IN_REVIEW", submit(author, id).getString("status"));
    assertTrue(subjects(EDITOR, "ARTICLE_SUBMITTED").contains(title));
    assertTrue(
        ids(api().get("api/v1/articles/review-queue?limit=100", EDITOR, PASSWORD)).contains(id));
    assertProblem(404, api().get("api/v1/articles/" + id, reader, PASSWORD));
    assertProblem(403, api().post("api/v1/articles/" + id + "/approval", author, PASSWORD));
    assertProblem(403, api().get("api/v1/articles/review-queue", author, PASSWORD));

    HttpResponse<String> returned =
        api()
            .postJson(
                "api/v1/articles/" + id + "/return",
                EDITOR,
                PASSWORD,
                "{\"comment\":\"Say which form to use.\"}");
    assertEquals(200, returned.statusCode(), returned.body());
    assertEquals("DRAFT", Api.json(returned).getString("status"));
    assertTrue(subjects(author, "ARTICLE_RETURNED").contains(title));
    assertEquals(
        "Say which form to use.",
        Api.json(api().get("api/v1/articles/" + id, author, PASSWORD)).getString("returnComment"));
    assertProblem(409, api().post("api/v1/articles/" + id + "/approval", EDITOR, PASSWORD));

    HttpResponse<String> edited =
        api()
            .put(
                "api/v1/articles/" + id,
                author,
                PASSWORD,
                article(title, "<p>Submit within 60 days on form E-1.</p>"));
    assertEquals(200, edited.statusCode(), edited.body());
    submit(author, id);
    HttpResponse<String> approved =
        api().post("api/v1/articles/" + id + "/approval", EDITOR, PASSWORD);
    assertEquals(200, approved.statusCode(), approved.body());
    JsonObject published = Api.json(approved);
    assertEquals("PUBLISHED", published.getString("status"));
    assertEquals("VERIFIED", published.getString("badge"));
    assertTrue(subjects(author, "ARTICLE_APPROVED").contains(title));

    HttpResponse<String> read = api().get("api/v1/articles/" + id, reader, PASSWORD);
    assertEquals(200, read.statusCode(), read.body());
    assertTrue(publishedIds(reader, "expense form").contains(id));
    assertTrue(
        ids(api().get("api/v1/articles?category=Finance&tag=claims&limit=100", reader, PASSWORD))
            .contains(id));
    assertFalse(publishedIds(reader, "nonexistentword" + RUN).contains(id));

    HttpResponse<String> revised =
        api()
            .put(
                "api/v1/articles/" + id,
                author,
                PASSWORD,
                article(title + " (2)", "<p>Submit within 90 days on form E-2.</p>"));
    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals("DRAFT", Api.json(revised).getString("revisionStatus"));
    JsonObject stillPublished = Api.json(api().get("api/v1/articles/" + id, reader, PASSWORD));
    assertEquals(title, stillPublished.getString("title"));
    assertTrue(stillPublished.getString("body").contains("60 days"));
    assertTrue(
        !stillPublished.containsKey("revisionBody") || stillPublished.isNull("revisionBody"),
        "readers never see a revision");
    submit(author, id);
    assertProblem(
        409, api().put("api/v1/articles/" + id, author, PASSWORD, article(title, "<p>x</p>")));
    assertTrue(
        ids(api().get("api/v1/articles/review-queue?limit=100", EDITOR, PASSWORD)).contains(id));
    assertEquals(
        200, api().post("api/v1/articles/" + id + "/approval", ADMIN, PASSWORD).statusCode());
    JsonObject revisedForReaders = Api.json(api().get("api/v1/articles/" + id, reader, PASSWORD));
    assertEquals(title + " (2)", revisedForReaders.getString("title"));
    assertTrue(revisedForReaders.getString("body").contains("90 days"));

    JsonObject versions =
        Api.json(api().get("api/v1/articles/" + id + "/versions", reader, PASSWORD));
    assertEquals(3, versions.getInt("total"), versions.toString());
    assertEquals(3, versions.getJsonArray("items").getJsonObject(0).getInt("number"));
    JsonObject diff =
        Api.json(api().get("api/v1/articles/" + id + "/versions/2/diff", reader, PASSWORD));
    String lines = diff.getJsonArray("lines").toString();
    assertTrue(lines.contains("<del>30</del>"), lines);
    assertTrue(lines.contains("<ins>60</ins>"), lines);
    assertTrue(lines.contains("E-1</ins>"), lines);
    assertEquals(1, diff.getInt("previous"));
  }

  @Test
  void theAuthorCannotApproveTheirOwnArticleButAnotherEditorCan() {
    long id = create(EDITOR, "HR policy " + RUN, "<p>Leave rules.</p>");
    submit(EDITOR, id);

    HttpResponse<String> refused =
        api().post("api/v1/articles/" + id + "/approval", EDITOR, PASSWORD);
    assertProblem(403, refused);
    assertTrue(Api.json(refused).getString("detail").contains("another editor"), refused.body());
    assertEquals(
        "IN_REVIEW",
        Api.json(api().get("api/v1/articles/" + id, EDITOR, PASSWORD)).getString("status"));

    HttpResponse<String> approved =
        api()
            .postJson(
                "api/v1/articles/" + id + "/approval",
                ADMIN,
                PASSWORD,
                "{\"reviewBy\":\"2030-01-01T00:00:00Z\"}");
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("2030-01-01T00:00:00Z", Api.json(approved).getString("reviewBy"));
  }

  @Test
  void readersCommentMarkHelpfulOnceAndFlagAndTheOwnerHearsOfIt() {
    String author = newPerson("own" + RUN);
    String reader = newPerson("rdr" + RUN);
    String title = "VPN setup " + RUN;
    long id = publish(author, title);

    HttpResponse<String> commented =
        api()
            .postJson(
                "api/v1/articles/" + id + "/comments",
                reader,
                PASSWORD,
                "{\"body\":\"<p>Works on Linux too.</p><img src=x onerror=alert(1)>\"}");
    assertEquals(201, commented.statusCode(), commented.body());
    JsonObject comments =
        Api.json(api().get("api/v1/articles/" + id + "/comments", author, PASSWORD));
    assertEquals(1, comments.getInt("total"));
    assertEquals(
        "<p>Works on Linux too.</p>",
        comments.getJsonArray("items").getJsonObject(0).getString("body"));
    assertTrue(subjects(author, "ARTICLE_COMMENT").contains(title));

    JsonObject first = Api.json(api().post("api/v1/articles/" + id + "/helpful", reader, PASSWORD));
    JsonObject second =
        Api.json(api().post("api/v1/articles/" + id + "/helpful", reader, PASSWORD));
    assertEquals(1, first.getInt("helpfulCount"));
    assertTrue(first.getBoolean("counted"));
    assertEquals(1, second.getInt("helpfulCount"));
    assertFalse(second.getBoolean("counted"));
    JsonObject seen = Api.json(api().get("api/v1/articles/" + id, reader, PASSWORD));
    assertEquals(1, seen.getInt("helpfulCount"));
    assertTrue(seen.getBoolean("helpfulToMe"));

    assertProblem(
        400,
        api().postJson("api/v1/articles/" + id + "/flags", reader, PASSWORD, "{\"reason\":\" \"}"));
    HttpResponse<String> flagged =
        api()
            .postJson(
                "api/v1/articles/" + id + "/flags",
                reader,
                PASSWORD,
                "{\"reason\":\"The VPN host moved.\"}");
    assertEquals(201, flagged.statusCode(), flagged.body());
    assertTrue(subjects(author, "ARTICLE_FLAGGED").contains(title));
    JsonObject flags = Api.json(api().get("api/v1/articles/" + id + "/flags", author, PASSWORD));
    assertEquals(1, flags.getInt("total"), flags.toString());
    assertEquals(
        "The VPN host moved.", flags.getJsonArray("items").getJsonObject(0).getString("reason"));
    assertProblem(403, api().get("api/v1/articles/" + id + "/flags", reader, PASSWORD));

    HttpResponse<String> verified =
        api().post("api/v1/articles/" + id + "/verification", author, PASSWORD);
    assertEquals(200, verified.statusCode(), verified.body());
    assertEquals(0, Api.json(verified).getInt("openFlags"));
    assertProblem(403, api().post("api/v1/articles/" + id + "/verification", reader, PASSWORD));
  }

  @Test
  void commentsHelpfulMarksAndFlagsAreForPublishedArticlesOnly() {
    String author = newPerson("drf" + RUN);
    long id = create(author, "Unfinished " + RUN, "<p>Soon.</p>");

    assertProblem(
        409,
        api()
            .postJson(
                "api/v1/articles/" + id + "/comments",
                author,
                PASSWORD,
                "{\"body\":\"<p>Hi</p>\"}"));
    assertProblem(409, api().post("api/v1/articles/" + id + "/helpful", author, PASSWORD));
    assertProblem(404, api().post("api/v1/articles/" + id + "/helpful", "alice", PASSWORD));
  }

  @Test
  void theOwnerHearsOnceWhenTheReviewIsDueAndTheBadgeSaysSo() throws Exception {
    String author = newPerson("due" + RUN);
    String title = "Fire exits " + RUN;
    long id = publish(author, title);
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement past =
            db.prepareStatement(
                "update article set review_by = now() - interval '1 day' where id = ?")) {
      past.setLong(1, id);
      assertEquals(1, past.executeUpdate());
    }

    assertProblem(403, api().post("api/v1/admin/article-reviews", author, PASSWORD));
    HttpResponse<String> run = api().post("api/v1/admin/article-reviews", ADMIN, PASSWORD);
    assertEquals(200, run.statusCode(), run.body());
    assertTrue(Api.json(run).getInt("notified") >= 1, run.body());
    api().post("api/v1/admin/article-reviews", ADMIN, PASSWORD);

    assertEquals(1, subjects(author, "ARTICLE_REVIEW_DUE").stream().filter(title::equals).count());
    JsonObject seen = Api.json(api().get("api/v1/articles/" + id, "alice", PASSWORD));
    assertEquals("NEEDS_REVIEW", seen.getString("badge"));

    JsonObject verified =
        Api.json(api().post("api/v1/articles/" + id + "/verification", author, PASSWORD));
    assertEquals("VERIFIED", verified.getString("badge"));
  }

  @Test
  void theOwnerIsHandedToAnActiveColleagueOnly() {
    String author = newPerson("hnd" + RUN);
    String successor = newPerson("suc" + RUN);
    long id = publish(author, "Parking " + RUN);

    assertProblem(
        400,
        api()
            .put(
                "api/v1/articles/" + id + "/owner",
                author,
                PASSWORD,
                "{\"owner\":\"nobody" + RUN + "\"}"));
    HttpResponse<String> handed =
        api()
            .put(
                "api/v1/articles/" + id + "/owner",
                author,
                PASSWORD,
                "{\"owner\":\"" + successor + "\"}");
    assertEquals(200, handed.statusCode(), handed.body());
    assertEquals(successor, Api.json(handed).getString("owner"));
    assertProblem(403, api().post("api/v1/articles/" + id + "/verification", author, PASSWORD));
    assertEquals(
        200,
        api().post("api/v1/articles/" + id + "/verification", successor, PASSWORD).statusCode());
  }

  @Test
  void theAtomFeedListsPublishedArticlesOnly() throws Exception {
    String author = newPerson("fee" + RUN);
    String published = "Feed published " + RUN;
    String draft = "Feed draft " + RUN;
    publish(author, published);
    create(author, draft, "<p>Not yet.</p>");

    HttpResponse<String> response =
        api().get("api/v1/feeds/articles.atom", "alice", PASSWORD, "*/*");
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
    for (String required : List.of("a:id", "a:title", "a:updated", "a:link[@rel='self']/@href")) {
      assertFalse(xpath.evaluate("/a:feed/" + required, atom).isBlank(), required);
    }
    assertEquals(
        1.0,
        (Double)
            xpath.evaluate(
                "count(/a:feed/a:entry[a:title='" + published + "'])", atom, XPathConstants.NUMBER),
        response.body());
    assertEquals(
        0.0,
        (Double)
            xpath.evaluate(
                "count(/a:feed/a:entry[a:title='" + draft + "'])", atom, XPathConstants.NUMBER));
    HttpResponse<String> token =
        api()
            .postJson(
                "api/v1/feed-tokens", author, PASSWORD, "{\"name\":\"Articles " + RUN + "\"}");
    assertEquals(201, token.statusCode(), token.body());
    HttpResponse<String> byToken =
        api()
            .getAnonymous(
                "api/v1/feeds/articles.atom?token="
                    + java.net.URLEncoder.encode(
                        Api.json(token).getString("token"),
                        java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(200, byToken.statusCode(), byToken.body());
    assertTrue(byToken.body().contains(published), "a feed reader reads it with a feed token");
    String entry = "/a:feed/a:entry[a:title='" + published + "']/";
    for (String required :
        List.of("a:id", "a:updated", "a:author/a:name", "a:link/@href", "a:summary", "a:content")) {
      assertFalse(xpath.evaluate(entry + required, atom).isBlank(), required);
    }
  }

  @Test
  void thePagesShowArticlesToTheirReadersAndTheQueueToEditorsOnly() {
    String author = newPerson("pag" + RUN);
    String reader = newPerson("prd" + RUN);
    String title = "Page shown " + RUN;
    long id = publish(author, title);
    long draft = create(author, "Page draft " + RUN, "<p>Later.</p>");
    String html = "text/html";

    HttpResponse<String> list =
        api().get("articles/index.xhtml?q=page+shown+" + RUN, reader, PASSWORD, html);
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(list.body().contains(title), list.body());
    HttpResponse<String> page =
        api().get("articles/article.xhtml?id=" + id, reader, PASSWORD, html);
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("How it works."), page.body());
    assertTrue(page.body().contains("Verified by"), page.body());
    assertEquals(
        200, api().get("articles/history.xhtml?id=" + id, reader, PASSWORD, html).statusCode());
    assertEquals(
        404, api().get("articles/article.xhtml?id=" + draft, reader, PASSWORD, html).statusCode());
    HttpResponse<String> edit =
        api().get("articles/edit.xhtml?id=" + draft, author, PASSWORD, html);
    assertEquals(200, edit.statusCode(), edit.body());
    assertTrue(edit.body().contains("Page draft " + RUN), edit.body());
    assertEquals(
        200, api().get("articles/index.xhtml?mine=true", author, PASSWORD, html).statusCode());
    assertEquals(200, api().get("articles/review.xhtml", EDITOR, PASSWORD, html).statusCode());
    assertEquals(403, api().get("articles/review.xhtml", reader, PASSWORD, html).statusCode());
  }

  @Test
  void theOpenApiDocumentDescribesArticles() {
    HttpResponse<String> openApi = api().getAnonymous("/openapi");

    assertEquals(200, openApi.statusCode());
    for (String part :
        List.of(
            "/api/v1/articles",
            "/approval",
            "/submission",
            "/versions",
            "/api/v1/feeds/articles.atom",
            "/api/v1/admin/article-reviews")) {
      assertTrue(openApi.body().contains(part), part);
    }
  }

  // ---- helpers ----

  private long publish(String author, String title) {
    long id = create(author, title, "<p>How it works.</p>");
    submit(author, id);
    HttpResponse<String> approved =
        api().post("api/v1/articles/" + id + "/approval", EDITOR, PASSWORD);
    assertEquals(200, approved.statusCode(), approved.body());
    return id;
  }

  private long create(String author, String title, String body) {
    HttpResponse<String> created =
        api().postJson("api/v1/articles", author, PASSWORD, article(title, body));
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();
    assertTrue(
        created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/articles/" + id));
    return id;
  }

  private JsonObject submit(String author, long id) {
    HttpResponse<String> submitted =
        api().post("api/v1/articles/" + id + "/submission", author, PASSWORD);
    assertEquals(200, submitted.statusCode(), submitted.body());
    return Api.json(submitted);
  }

  private static String article(String title, String body) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("body", body)
        .add("category", "Finance")
        .add("tags", Json.createArrayBuilder().add("Claims").add("how-to"))
        .build()
        .toString();
  }

  private List<Long> publishedIds(String reader, String q) {
    return ids(
        api()
            .get(
                "api/v1/articles?limit=100&q="
                    + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8),
                reader,
                PASSWORD));
  }

  private static List<Long> ids(HttpResponse<String> page) {
    assertEquals(200, page.statusCode(), page.body());
    JsonArray items = Api.json(page).getJsonArray("items");
    return items.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  /** A person of the test's own, signed in once so that they have a profile. */
  private String newPerson(String uid) {
    TestEnvironment.directory().addPerson(uid, "Test " + uid, "Knowledge " + RUN, "Engineer", null);
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
    return uid;
  }

  private List<String> subjects(String uid, String kind) {
    JsonObject page = Api.json(api().get("api/v1/notifications?limit=100", uid, PASSWORD));
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> kind.equals(n.getString("kind")))
        .map(n -> n.getString("subject"))
        .toList();
  }

  private static void assertProblem(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
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
