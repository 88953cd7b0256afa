package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningcommons.demo.DemoDirectory;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does in the browser: sign in and out, see themselves, find colleagues. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserJourneyIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(base);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void signingInShowsMyNameAndDepartment() {
    browser.signIn("alice", PASSWORD);

    assertTrue(browser.text(By.id("greeting")).contains("Alice Archer"));
    assertEquals("Engineering", browser.text(By.id("my-department")));
    assertEquals("alice", browser.text(By.id("signed-in-as")));
  }

  @Test
  void aWrongPasswordShowsTheMessageAndStaysOnTheLoginPage() {
    browser.signIn("mike", "not-the-password");

    assertTrue(
        browser.text(By.id("login:messages")).contains("The user name or password is not correct"),
        browser.pageText());
    assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
  }

  @Test
  void anUnknownUserSeesTheSameMessageAsAWrongPassword() {
    browser.signIn("nobody-like-this", "whatever");

    assertTrue(
        browser.text(By.id("login:messages")).contains("The user name or password is not correct"));
  }

  @Test
  void plainStaffOpeningTheAdministrationPageGetTheAccessDeniedPage() {
    browser.signIn("alice", PASSWORD);
    browser.open("/admin/index.xhtml");

    assertEquals("Access denied", browser.text(By.id("error-title")));
    assertFalse(browser.pageText().contains("Exception"));
    assertTrue(browser.driver().findElements(By.id("nav-admin")).isEmpty());
  }

  @Test
  void signingOutEndsTheSession() {
    browser.signIn("alice", PASSWORD);
    String sessionWhileSignedIn = browser.sessionId();

    browser.clickAndWaitForPage(By.id("userMenu:signOut"));
    assertTrue(browser.text(By.id("signedOutNotice")).contains("You have signed out"));

    browser.open("/");
    assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
    assertNotEquals(sessionWhileSignedIn, browser.sessionId());
  }

  @Test
  void afterSigningOutTheBackButtonDoesNotShowThePreviousPage() {
    browser.signIn("alice", PASSWORD);
    browser.clickAndWaitForPage(By.id("userMenu:signOut"));

    browser.driver().navigate().back();
    browser.waitFor(By.id("login:username"));

    assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
    assertFalse(browser.pageText().contains("Alice Archer"));
  }

  @Test
  void theSessionIdChangesAtSignIn() {
    browser.open("/login.xhtml");
    String beforeSignIn = browser.sessionId();
    assertNotNull(beforeSignIn, "the login page's form keeps its state in a session");

    browser.signIn("alice", PASSWORD);

    assertNotEquals(beforeSignIn, browser.sessionId());
  }

  @Test
  void aProtectedPageContinuesThereAfterSignIn() {
    browser.open("/people/index.xhtml");
    assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));

    browser.type(By.id("login:username"), "alice");
    browser.type(By.id("login:password"), PASSWORD);
    browser.clickAndWaitForPage(By.id("login:submit"));

    assertTrue(browser.driver().getCurrentUrl().contains("/people/index.xhtml"));
  }

  @Test
  void theStaffDirectoryFindsAColleagueAndOpensTheirProfile() {
    syncDirectory();
    browser.signIn("alice", PASSWORD);
    browser.open("/people/index.xhtml");

    browser.type(By.id("filters:q"), "Mitchell");
    browser.clickAndWaitForPage(By.id("filters:search"));
    browser.clickAndWaitForPage(By.linkText("Mike Mitchell"));

    assertEquals("Mike Mitchell", browser.text(By.id("person-name")));
    assertEquals("Engineering", browser.text(By.id("person-department")));
  }

  @Test
  void iCanDescribeMyselfOnMyProfile() {
    browser.signIn("hannah", PASSWORD);
    browser.open("/profile.xhtml");

    browser.type(By.id("profileForm:skills"), "Coaching, employment law");
    browser.clickAndWaitForAjax(By.id("profileForm:save"));
    // A second save from the same page carries the version the first one produced.
    browser.type(By.id("profileForm:interests"), "Hiking");
    browser.clickAndWaitForAjax(By.id("profileForm:save"));
    assertFalse(browser.pageText().contains("changed in another window"), browser.pageText());
    browser.open("/profile.xhtml");

    assertEquals(
        "Coaching, employment law",
        browser.waitFor(By.id("profileForm:skills")).getAttribute("value"));
    assertEquals("Hiking", browser.waitFor(By.id("profileForm:interests")).getAttribute("value"));
  }

  @Test
  void administratorsCanSyncTheDirectoryFromTheirPage() {
    browser.signIn("adam", PASSWORD);
    browser.open("/admin/index.xhtml");

    browser.clickAndWaitForAjax(By.id("syncForm:syncNow"));

    assertTrue(browser.pageText().contains("Directory sync finished"), browser.pageText());
  }

  @Test
  void theHomePageFitsAPhoneScreen() {
    browser.driver().manage().window().setSize(new Dimension(375, 812));
    browser.signIn("alice", PASSWORD);

    Number pageWidth = (Number) browser.script("return document.documentElement.scrollWidth");
    Number viewport = (Number) browser.script("return window.innerWidth");
    assertTrue(
        pageWidth.intValue() <= viewport.intValue(),
        "page " + pageWidth + " px wide in a " + viewport + " px viewport");
  }

  @Test
  void thePagesSpeakGerman() {
    browser.signIn("alice", PASSWORD);

    browser.script(
        "var menu = document.getElementById('userMenu:language');"
            + " menu.value = 'de'; menu.form.submit();");
    browser.waitForText(By.id("nav-people"), "Personen");

    assertTrue(browser.text(By.id("greeting")).startsWith("Willkommen"));
  }

  @Test
  void anUnknownPageShowsTheNotFoundPage() {
    browser.signIn("alice", PASSWORD);
    browser.open("/no-such-page.xhtml");

    assertEquals("Page not found", browser.text(By.id("error-title")));
  }

  private void syncDirectory() {
    Api api = new Api(base);
    assertEquals(200, api.post("api/v1/admin/directory-sync", "adam", PASSWORD).statusCode());
  }

  @Test
  void theBellLeadsToMyNotificationsWhereICanChooseHowIHearAboutThem() {
    // Someone no other test writes to, so the list is empty whatever ran before.
    browser.signIn("leila.patel", PASSWORD);

    browser.clickAndWaitForPage(By.id("notification-bell"));
    assertTrue(browser.pageText().contains("You have no notifications yet"), browser.pageText());
    browser.clickAndWaitForPage(By.id("notificationsForm:settings"));
    // The menu takes a click only once its panel has finished opening: choose until it shows.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              d.findElement(By.id("settingsForm:kinds:0:channel")).click();
              browser
                  .waitFor(
                      By.cssSelector(
                          "#settingsForm\\:kinds\\:0\\:channel_items li[data-label='Off']"))
                  .click();
              return "Off"
                  .equals(d.findElement(By.id("settingsForm:kinds:0:channel_label")).getText());
            });
    browser.clickAndWaitForAjax(By.id("settingsForm:save"));
    assertTrue(
        browser.pageText().contains("Your notification settings were saved."), browser.pageText());
    browser.open("/notification-settings.xhtml");

    assertEquals("Off", browser.text(By.id("settingsForm:kinds:0:channel_label")));
  }
}
