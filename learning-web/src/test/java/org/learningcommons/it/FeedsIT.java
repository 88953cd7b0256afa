package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Feeds for the intranet portal, as a feed reader and the portal see them: feed tokens, the Atom
 * feed of one's announcements (parsed and checked against RFC 4287), what a token opens and what
 * not, and the widget's framing header. Every test uses people of its own, named for the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedsIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final String PROBLEM = "application/problem+json";
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String FEED = "api/v1/feeds/announcements.atom";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Test
  void theFeedIsValidAtomOfMyAudienceOnlyAndLeavesAnnouncementsUnread() throws Exception {
    String department = "Dept feed " + RUN;
    String reader = newPerson("fed" + RUN, department);
    newPerson("fex" + RUN, "Other feed " + RUN);
    long mine =
        publish(
            "Feed news " + RUN,
            department,
            Json.createObjectBuilder()
                .add("requiresAcknowledgement", true)
                .add("priority", "CRITICAL"));
    long theirs = publish("Elsewhere " + RUN, "Other feed " + RUN, Json.createObjectBuilder());
    long later =
        publish(
            "Scheduled feed " + RUN,
            department,
            Json.createObjectBuilder()
                .add("publishAt", Instant.now().plus(3, ChronoUnit.DAYS).toString()));
    String token = createToken(reader, "Reader " + RUN).getString("token");

    HttpResponse<String> response = fetch(FEED + "?token=" + encode(token), null);

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/atom+xml"));
    Element feed = parse(response.body());
    assertEquals("feed", feed.getLocalName());
    assertEquals(ATOM, feed.getNamespaceURI());
    assertRequired(feed, "id", "title", "updated");
    assertEquals("self", atom(feed, "link").get(0).getAttribute("rel"));
    List<Element> entries = atom(feed, "entry");
    assertFalse(entries.isEmpty(), response.body());
    for (Element entry : entries) {
      assertRequired(entry, "id", "title", "updated");
      assertEquals(1, atom(entry, "author").size(), "every entry names its author");
      assertRequired(atom(entry, "author").get(0), "name");
      assertTrue(URI.create(text(entry, "id")).isAbsolute(), text(entry, "id"));
    }
    Element entry = entry(entries, "Feed news " + RUN);
    assertTrue(text(entry, "id").endsWith("announcement/" + mine), text(entry, "id"));
    assertEquals("html", atom(entry, "content").get(0).getAttribute("type"));
    String content = text(entry, "content");
    assertTrue(content.startsWith("<p>Please <strong>read</strong> this.</p>"), content);
    assertFalse(content.contains("<script"), content);
    assertEquals("critical", atom(entry, "category").get(0).getAttribute("term"));
    String link = atom(entry, "link").get(0).getAttribute("href");
    assertTrue(link.endsWith("/announcements/announcement.xhtml?id=" + mine), link);
    assertFalse(titles(entries).contains("Elsewhere " + RUN), "another department's announcement");
    assertFalse(titles(entries).contains("Scheduled feed " + RUN), "a scheduled announcement");
    assertTrue(theirs > 0 && later > 0);

    JsonObject listed = Api.json(api().get("api/v1/announcements?limit=100", reader, PASSWORD));
    JsonObject row = item(listed.getJsonArray("items"), mine);
    assertFalse(row.getBoolean("read"), "reading the feed does not mark the announcement read");
  }

  @Test
  void aBearerTokenReadsTheFeedAndItsUseIsShownInTheTokenList() {
    String reader = newPerson("fbr" + RUN, "Dept bearer " + RUN);
    JsonObject created = createToken(reader, "Portal " + RUN);
    assertTrue(created.getString("announcementsFeed").contains("token="), created.toString());

    HttpResponse<String> response = fetch(FEED, created.getString("token"));

    assertEquals(200, response.statusCode(), response.body());
    JsonArray tokens = array(api().get("api/v1/feed-tokens", reader, PASSWORD));
    JsonObject listed = tokens.getJsonObject(0);
    assertEquals("Portal " + RUN, listed.getString("name"));
    assertFalse(listed.containsKey("token"), "the token is shown only once");
    assertTrue(listed.containsKey("lastUsedAt"), listed.toString());
    assertNotNull(OffsetDateTime.parse(listed.getString("lastUsedAt")));
  }

  @Test
  void aRevokedTokenIsRefused() {
    String reader = newPerson("frv" + RUN, "Dept revoke " + RUN);
    JsonObject created = createToken(reader, "Old reader " + RUN);
    String token = created.getString("token");
    assertEquals(200, fetch(FEED + "?token=" + encode(token), null).statusCode());

    HttpResponse<String> revoked =
        api()
            .delete(
                "api/v1/feed-tokens/" + created.getJsonNumber("id").longValue(), reader, PASSWORD);

    assertEquals(204, revoked.statusCode(), revoked.body());
    HttpResponse<String> refused = fetch(FEED + "?token=" + encode(token), null);
    assertEquals(401, refused.statusCode(), refused.body());
    assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
    assertEquals(401, Api.json(refused).getInt("status"));
    assertEquals(401, fetch(FEED, token).statusCode());
  }

  @Test
  void anUnknownTokenIsRefused() {
    HttpResponse<String> refused = fetch(FEED + "?token=lcf_" + "A".repeat(43), null);

    assertEquals(401, refused.statusCode(), refused.body());
    assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
    assertEquals(401, fetch(FEED + "?token=nonsense", null).statusCode());
    assertEquals(401, fetch(FEED, null).statusCode(), "a feed needs some credentials");
  }

  @Test
  void aTokenOpensNothingButTheFeeds() {
    String reader = newPerson("fot" + RUN, "Dept other " + RUN);
    String token = createToken(reader, "Narrow " + RUN).getString("token");

    HttpResponse<String> byParameter = fetch("api/v1/announcements?token=" + encode(token), null);
    HttpResponse<String> byHeader = fetch("api/v1/announcements", token);
    HttpResponse<String> tokens = fetch("api/v1/feed-tokens", token);

    assertEquals(401, byParameter.statusCode(), byParameter.body());
    assertTrue(byParameter.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
    assertEquals(401, byHeader.statusCode(), byHeader.body());
    assertEquals(401, tokens.statusCode(), tokens.body());
  }

  @Test
  void aPersonWhoLeftCanNoLongerUseTheirToken() {
    String leaver = newPerson("flv" + RUN, "Dept leaver " + RUN);
    String token = createToken(leaver, "Leaver " + RUN).getString("token");
    assertEquals(200, fetch(FEED, token).statusCode());

    TestEnvironment.directory().remove(leaver);
    assertEquals(200, api().post("api/v1/admin/directory-sync", "adam", PASSWORD).statusCode());

    assertEquals(401, fetch(FEED, token).statusCode());
  }

  @Test
  void nobodyRevokesAnotherPersonsTokenAndTheNumberOfTokensIsLimited() {
    String owner = newPerson("fow" + RUN, "Dept limit " + RUN);
    String other = newPerson("fox" + RUN, "Dept limit " + RUN);
    long id = createToken(owner, "Mine " + RUN).getJsonNumber("id").longValue();

    assertEquals(404, api().delete("api/v1/feed-tokens/" + id, other, PASSWORD).statusCode());
    HttpResponse<String> sameName =
        api().postJson("api/v1/feed-tokens", owner, PASSWORD, "{\"name\":\"Mine " + RUN + "\"}");
    assertEquals(409, sameName.statusCode(), sameName.body());
    HttpResponse<String> blank =
        api().postJson("api/v1/feed-tokens", owner, PASSWORD, "{\"name\":\" \"}");
    assertEquals(400, blank.statusCode(), blank.body());
    for (int i = 2; i <= 10; i++) {
      createToken(owner, "Reader " + i);
    }
    HttpResponse<String> eleventh =
        api().postJson("api/v1/feed-tokens", owner, PASSWORD, "{\"name\":\"One too many\"}");
    assertEquals(400, eleventh.statusCode(), eleventh.body());
    assertTrue(Api.json(eleventh).getString("detail").contains("10 feed tokens"), eleventh.body());
    assertEquals(10, array(api().get("api/v1/feed-tokens", owner, PASSWORD)).size());
  }

  @Test
  void theWidgetMayBeFramedByTheConfiguredPortalAndOtherPagesOnlyByThisSite() {
    String reader = newPerson("ffr" + RUN, "Dept frame " + RUN);
    String token = createToken(reader, "Frame " + RUN).getString("token");
    HttpResponse<String> widget = page("widget/announcements.xhtml");
    HttpResponse<String> login = page("login.xhtml");

    assertEquals(200, widget.statusCode(), widget.body());
    assertEquals(
        "frame-ancestors 'self' https://portal.example.com",
        widget.headers().firstValue("Content-Security-Policy").orElse(""));
    assertTrue(widget.headers().firstValue("X-Frame-Options").isEmpty());
    assertTrue(widget.body().contains("widget-sign-in"), "signed out, the widget offers sign-in");
    assertEquals(
        "frame-ancestors 'self'", login.headers().firstValue("Content-Security-Policy").orElse(""));
    assertEquals(
        "frame-ancestors 'self'",
        fetch(FEED, token).headers().firstValue("Content-Security-Policy").orElse(""));
    assertEquals(
        "frame-ancestors 'self'",
        api()
            .get("notifications.xhtml", reader, PASSWORD, "text/html")
            .headers()
            .firstValue("Content-Security-Policy")
            .orElse(""));
  }

  @Test
  void theWidgetListsMyCurrentAnnouncementsOnly() {
    String department = "Dept widget " + RUN;
    String member = newPerson("fwi" + RUN, department);
    newPerson("fwo" + RUN, "Other widget " + RUN);
    long mine = publish("Widget news " + RUN, department, Json.createObjectBuilder());
    publish("Widget elsewhere " + RUN, "Other widget " + RUN, Json.createObjectBuilder());

    HttpResponse<String> widget =
        api().get("widget/announcements.xhtml", member, PASSWORD, "text/html");

    assertEquals(200, widget.statusCode(), widget.body());
    assertTrue(widget.body().contains("Widget news " + RUN), widget.body());
    assertTrue(widget.body().contains("announcement.xhtml?id=" + mine), widget.body());
    assertFalse(widget.body().contains("Widget elsewhere " + RUN), widget.body());
    assertFalse(widget.body().contains("lc-header"), "no site chrome in the widget");
  }

  @Test
  void aPersonCreatesAFeedTokenOnTheFeedsPageSeesItOnceAndRevokesIt() {
    String person = newPerson("fui" + RUN, "Dept page " + RUN);
    try (Browser browser = new Browser(base)) {
      browser.signIn(person, PASSWORD);
      browser.open("/profile.xhtml");
      browser.clickAndWaitForPage(By.id("feeds-link"));
      browser.type(By.id("createForm:name"), "My reader " + RUN);
      browser.clickAndWaitForAjax(By.id("createForm:createToken"));

      String token = browser.text(By.id("new-token"));
      assertTrue(token.startsWith("lcf_"), browser.pageText());
      assertTrue(browser.text(By.id("announcements-feed")).endsWith("?token=" + token));
      assertTrue(browser.text(By.id("tokensForm:tokenTable")).contains("My reader " + RUN));
      assertEquals(200, fetch(FEED + "?token=" + encode(token), null).statusCode());

      browser.open("/feeds.xhtml");
      assertFalse(browser.pageText().contains(token), "the token is shown only once");
      browser.waitFor(By.id("tokensForm:tokenTable:0:revoke")).click();
      browser.clickAndWaitForAjax(By.cssSelector(".ui-confirmdialog-yes"));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("tokensForm:tokenTable"), "You have no feed tokens."));
      assertEquals(401, fetch(FEED + "?token=" + encode(token), null).statusCode());
    }
  }

  private JsonObject createToken(String owner, String name) {
    HttpResponse<String> created =
        api()
            .postJson(
                "api/v1/feed-tokens",
                owner,
                PASSWORD,
                Json.createObjectBuilder().add("name", name).build().toString());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject body = Api.json(created);
    assertTrue(body.getString("token").startsWith("lcf_"), body.toString());
    return body;
  }

  private long publish(String title, String department, jakarta.json.JsonObjectBuilder extra) {
    JsonObject announcement =
        extra
            .add("title", title)
            .add("body", "<p>Please <strong>read</strong> this.<script>alert(1)</script></p>")
            .add(
                "audience",
                Json.createObjectBuilder()
                    .add("departments", Json.createArrayBuilder().add(department)))
            .build();
    HttpResponse<String> created =
        api().postJson("api/v1/announcements", "hannah", PASSWORD, announcement.toString());
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).getJsonNumber("id").longValue();
  }

  /** A person of the test's own, signed in once so that they have a profile and roles. */
  private String newPerson(String uid, String department) {
    TestEnvironment.directory().addPerson(uid, "Test " + uid, department, "Engineer", null);
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
    return uid;
  }

  /** A request as a feed reader sends it: no directory credentials, perhaps a bearer token. */
  private HttpResponse<String> fetch(String path, String bearer) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(root().resolve(path)).timeout(Duration.ofSeconds(60));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return send(request.build());
  }

  private HttpResponse<String> page(String path) {
    return send(
        HttpRequest.newBuilder(root().resolve(path))
            .header("Accept", "text/html")
            .timeout(Duration.ofSeconds(60))
            .build());
  }

  private URI root() {
    String url = base.toString();
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonArray array(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    return document.getDocumentElement();
  }

  /** The Atom children of an element with this name (direct children only). */
  private static List<Element> atom(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element element
          && ATOM.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  /** RFC 4287: exactly one of each, not empty; dates in RFC 3339. */
  private static void assertRequired(Element parent, String... names) {
    for (String name : names) {
      List<Element> elements = atom(parent, name);
      assertEquals(1, elements.size(), parent.getLocalName() + " needs exactly one " + name);
      String value = elements.get(0).getTextContent();
      assertFalse(value.isBlank(), parent.getLocalName() + "/" + name + " is empty");
      if (name.equals("updated") || name.equals("published")) {
        assertNotNull(OffsetDateTime.parse(value));
      }
    }
  }

  private static String text(Element parent, String name) {
    return atom(parent, name).get(0).getTextContent();
  }

  private static Element entry(List<Element> entries, String title) {
    return entries.stream()
        .filter(e -> title.equals(text(e, "title")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + title + " in " + titles(entries)));
  }

  private static List<String> titles(List<Element> entries) {
    return entries.stream().map(e -> text(e, "title")).toList();
  }

  private static JsonObject item(JsonArray items, long id) {
    return items.stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("announcement " + id + " not in " + items));
  }
}
