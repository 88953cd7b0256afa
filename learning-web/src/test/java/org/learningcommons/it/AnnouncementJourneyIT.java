package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningcommons.demo.DemoDirectory;
import org.learningcommons.demo.TestEnvironment;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Announcements in the browser: HR publishes a critical announcement to one department through the
 * form, its members see it as a banner on their home page until they acknowledge it, and nobody
 * outside the department ever sees it. Every test addresses a department of its own, named for the
 * run, with people added to the directory for it, so that order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnouncementJourneyIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");
  private static final int CRITICAL = 2;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private final List<Browser> browsers = new ArrayList<>();

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(Browser::close);
  }

  @Test
  void aCriticalAnnouncementStaysOnHomeUntilAcknowledgedAndOtherDepartmentsNeverSeeIt() {
    String department = "Journey " + RUN;
    String member = newPerson("jmem" + RUN, department);
    String colleague = newPerson("jcol" + RUN, department);
    String outsider = newPerson("jout" + RUN, "Elsewhere " + RUN);
    String title = "Evacuation drill " + RUN;

    Browser hannah = signedIn("hannah");
    hannah.open("/announcements/index.xhtml");
    hannah.clickAndWaitForPage(By.id("new-announcement"));
    hannah.type(By.id("announcementForm:title"), title);
    typeInEditor(hannah, "Everyone leaves the building at ten.");
    hannah.script("document.getElementById('announcementForm:priority:" + CRITICAL + "').click();");
    choose(hannah, "announcementForm:departments_input", department);
    check(hannah, "announcementForm:requiresAcknowledgement");
    hannah
        .driver()
        .findElement(By.cssSelector("#announcementForm\\:upload input[type=file]"))
        .sendKeys(evacuationPlan().toAbsolutePath().toString());
    new WebDriverWait(hannah.driver(), Duration.ofSeconds(30))
        .until(d -> hannah.text(By.id("announcementForm:files")).contains("evacuation-plan.pdf"));
    hannah.clickAndWaitForPage(By.id("announcementForm:publish"));
    assertTrue(
        hannah.pageText().contains("Your announcement \"" + title + "\" has been published"),
        hannah.pageText());

    Browser alice = signedIn(member);
    alice.open("/index.xhtml");
    alice.clickAndWaitForPage(bannerOpenButton(title));
    long id = idIn(alice.driver().getCurrentUrl());
    assertEquals(title, alice.text(By.id("announcement-title")));
    assertEquals("Everyone leaves the building at ten.", alice.text(By.id("announcement-body")));
    WebElement file = alice.waitFor(By.cssSelector("#announcement-files a"));
    assertTrue(file.getText().contains("evacuation-plan.pdf"), file.getText());
    String path = URI.create(file.getAttribute("href")).getPath();
    assertTrue(path.matches("/attachments/\\d+"), path);
    assertEquals(200, new Api(base).download(path.substring(1), member, PASSWORD).statusCode());
    alice.clickAndWaitForAjax(By.id("ackForm:acknowledge"));
    assertTrue(
        alice
            .text(By.id("ackForm:acknowledged-at"))
            .startsWith("You acknowledged this announcement on"),
        alice.pageText());
    assertTrue(alice.driver().findElements(By.id("ackForm:acknowledge")).isEmpty());

    alice.open("/index.xhtml");
    assertTrue(
        alice.driver().findElements(bannerOpenButton(title)).isEmpty(),
        "the banner is gone once acknowledged");
    assertTrue(alice.text(By.id("home-announcements")).contains(title), alice.pageText());
    alice.open("/announcements/index.xhtml?pending=true");
    assertFalse(alice.text(By.id("results:announcements")).contains(title));
    alice.open("/announcements/index.xhtml");
    assertTrue(alice.text(By.id("results:announcements")).contains(title));

    Browser colleagueBrowser = signedIn(colleague);
    colleagueBrowser.open("/announcements/index.xhtml?pending=true&unread=true");
    assertTrue(
        colleagueBrowser.text(By.id("results:announcements")).contains(title),
        "the colleague has neither read nor acknowledged it yet");
    colleagueBrowser.open("/index.xhtml");
    colleagueBrowser.waitFor(bannerOpenButton(title));

    Browser other = signedIn(outsider);
    other.open("/index.xhtml");
    assertFalse(other.pageText().contains(title), other.pageText());
    other.open("/announcements/index.xhtml");
    assertFalse(other.text(By.id("results:announcements")).contains(title));
    other.open("/announcements/announcement.xhtml?id=" + id);
    assertEquals("Page not found", other.text(By.id("error-title")));
    assertFalse(other.pageText().contains(title));

    // HR finds it among the published announcements and sees 1 of 2 acknowledged, with the
    // colleague as the one still to acknowledge.
    hannah.open("/announcements/index.xhtml");
    hannah.clickAndWaitForPage(By.id("published-announcements"));
    hannah.clickAndWaitForPage(By.linkText(title));
    assertEquals(id, idIn(hannah.driver().getCurrentUrl()));
    assertEquals("2", hannah.text(By.id("total-audience")));
    assertEquals("1 (50 %)", hannah.text(By.id("total-acknowledged")));
    String pending = hannah.text(By.id("pending:table"));
    assertTrue(pending.contains("Test " + colleague), pending);
    assertFalse(pending.contains("Test " + member), pending);
  }

  /** A one-page PDF in target, for the upload field. */
  private static Path evacuationPlan() {
    try {
      Path dir = Files.createTempDirectory(Path.of("target"), "upload");
      return Files.writeString(
          dir.resolve("evacuation-plan.pdf"),
          "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
              + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
              + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>endobj\n"
              + "trailer<</Root 1 0 R>>\n%%EOF\n",
          StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aPublishFormWithoutAudienceSaysWhatIsMissing() {
    Browser hannah = signedIn("hannah");
    hannah.open("/announcements/new.xhtml");
    hannah.type(By.id("announcementForm:title"), "Nobody chosen " + RUN);
    typeInEditor(hannah, "Who hears this?");

    hannah.clickAndWaitForAjax(By.id("announcementForm:publish"));

    assertTrue(
        hannah
            .text(By.id("announcementForm:audience"))
            .contains("Choose everyone or at least one department, role, community or manager."),
        hannah.pageText());
  }

  @Test
  void plainStaffMayNotPublish() {
    // Someone of the test's own: demo staff may own communities made by other tests.
    Browser staff = signedIn(newPerson("jstf" + RUN, "Journey staff " + RUN));
    staff.open("/announcements/index.xhtml");
    staff.waitFor(By.id("announcements-title"));
    assertTrue(
        staff.driver().findElements(By.id("new-announcement")).isEmpty(),
        "no 'New announcement' button for someone who may not publish");

    staff.open("/announcements/new.xhtml");

    assertEquals("Access denied", staff.text(By.id("error-title")));
  }

  @Test
  void aCommunityOwnerAnnouncesToTheirCommunityOnly() {
    String owner = newPerson("jown" + RUN, "Journey owners " + RUN);
    String member = newPerson("jmbr" + RUN, "Journey members " + RUN);
    String community = "Journey guild " + RUN;
    long communityId = createOpenCommunity(owner, community);
    assertEquals(
        200,
        new Api(base)
            .post("api/v1/communities/" + communityId + "/membership", member, PASSWORD)
            .statusCode());
    String title = "Guild meeting " + RUN;

    Browser ownerBrowser = signedIn(owner);
    ownerBrowser.open("/announcements/index.xhtml");
    ownerBrowser.clickAndWaitForPage(By.id("new-announcement"));
    assertTrue(
        ownerBrowser.driver().findElements(By.id("announcementForm:departments_input")).isEmpty(),
        "a moderator addresses communities only");
    ownerBrowser.type(By.id("announcementForm:title"), title);
    typeInEditor(ownerBrowser, "Thursday at noon.");
    choose(ownerBrowser, "announcementForm:communities_input", "Journey guild", community);
    ownerBrowser.clickAndWaitForPage(By.id("announcementForm:publish"));
    assertTrue(
        ownerBrowser.pageText().contains("Your announcement \"" + title + "\" has been published"),
        ownerBrowser.pageText());

    Browser memberBrowser = signedIn(member);
    memberBrowser.open("/announcements/index.xhtml?unread=true");
    assertTrue(
        memberBrowser.text(By.id("results:announcements")).contains(title),
        memberBrowser.pageText());
  }

  private long createOpenCommunity(String owner, String name) {
    HttpResponse<String> created =
        new Api(base)
            .postJson(
                "api/v1/communities",
                owner,
                PASSWORD,
                Json.createObjectBuilder()
                    .add("name", name)
                    .add("description", "A place for " + name)
                    .add("category", "Engineering")
                    .add("visibility", "OPEN")
                    .build()
                    .toString());
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).getJsonNumber("id").longValue();
  }

  private Browser signedIn(String username) {
    Browser browser = new Browser(base);
    browsers.add(browser);
    browser.signIn(username, PASSWORD);
    return browser;
  }

  /** A person of the test's own, signed in once so that they have a profile. */
  private String newPerson(String uid, String department) {
    TestEnvironment.directory().addPerson(uid, "Test " + uid, department, "Engineer", null);
    assertEquals(200, new Api(base).get("api/v1/me", uid, PASSWORD).statusCode());
    return uid;
  }

  private static By bannerOpenButton(String title) {
    return By.xpath(
        "//*[@id='announcement-banner']//div[contains(@class,'lc-banner-item')]"
            + "[contains(normalize-space(.),'"
            + title
            + "')]//button[contains(@class,'lc-banner-open')]");
  }

  private static void typeInEditor(Browser browser, String text) {
    WebElement editor =
        browser.waitFor(By.cssSelector("#announcementForm\\:body_editor .ql-editor"));
    editor.click();
    editor.sendKeys(text);
  }

  /** Types into an autocomplete and picks the suggestion that reads {@code label}. */
  private static void choose(Browser browser, String input, String label) {
    choose(browser, input, label, label);
  }

  private static void choose(Browser browser, String input, String query, String label) {
    browser.type(By.id(input), query);
    browser.clickAndWaitForAjax(
        By.xpath(
            "//*[contains(concat(' ', normalize-space(@class), ' '), ' ui-autocomplete-item ')]"
                + "[normalize-space(.)='"
                + label
                + "']"));
  }

  private static void check(Browser browser, String checkbox) {
    browser.clickAndWaitForAjax(
        By.cssSelector("#" + checkbox.replace(":", "\\:") + " .ui-chkbox-box"));
  }

  private static long idIn(String url) {
    Matcher matcher = ID.matcher(url);
    assertTrue(matcher.find(), url);
    return Long.parseLong(matcher.group(1));
  }
}
