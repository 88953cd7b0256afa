package org.learningcommons.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its own chromedriver (nothing is downloaded), with the waits a
 * PrimeFaces page needs: for a page load, and for the ajax queue to drain.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = System.getProperty("lc.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("lc.chromedriver", "/usr/bin/chromedriver");

  private final WebDriver driver;
  private final URL base;
  private final Path profile;

  Browser(URL base) {
    this.base = base;
    try {
      profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--lang=en-GB",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    // Files a page sends as downloads land in the profile, where downloaded() finds them.
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            profile.resolve("downloads").toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    // Headless Chromium ignores the download preference; allow downloads into the profile.
    chrome.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of(
            "behavior",
            "allow",
            "downloadPath",
            profile.resolve("downloads").toAbsolutePath().toString()));
    driver = chrome;
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  WebDriver driver() {
    return driver;
  }

  /**
   * Waits for a download whose file name ends with {@code suffix} to finish and returns its path.
   */
  Path downloaded(String suffix) {
    Path folder = profile.resolve("downloads");
    return new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(
            d -> {
              if (!Files.isDirectory(folder)) {
                return null;
              }
              try (var files = Files.list(folder)) {
                return files
                    .filter(f -> f.getFileName().toString().endsWith(suffix))
                    .findFirst()
                    .orElse(null);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  void open(String path) {
    driver.get(base.toString().replaceAll("/$", "") + path);
    waitForDocument();
  }

  /** Signs in on the login page (opening it first). */
  void signIn(String username, String password) {
    open("/login.xhtml");
    type(By.id("login:username"), username);
    type(By.id("login:password"), password);
    clickAndWaitForPage(By.id("login:submit"));
  }

  /**
   * Types into a field. PrimeFaces widgets may rework a field's DOM right after the page loaded, so
   * a field found a moment too early is looked up again.
   */
  void type(By field, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              WebElement element = d.findElement(field);
              element.clear();
              element.sendKeys(text);
              return text.equals(element.getDomProperty("value"));
            });
  }

  /**
   * Clicks something that submits a full (non-ajax) request and waits for the next page. The old
   * document is marked before the click; the wait ends when a document without the mark has loaded
   * (element staleness is unreliable here: Chromium reports it in several ways).
   */
  void clickAndWaitForPage(By target) {
    waitFor(target);
    script("window.__lcOldDocument = true;");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> {
              try {
                d.findElement(target).click();
                return true;
              } catch (WebDriverException e) {
                // The field was reworked under us, or the click went through and the page is
                // already leaving: done if the old document is gone, otherwise try again.
                return isNewDocument(d);
              }
            });
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(Browser::isNewDocument);
  }

  private static boolean isNewDocument(WebDriver d) {
    try {
      return Boolean.TRUE.equals(
          ((JavascriptExecutor) d)
              .executeScript(
                  "return !window.__lcOldDocument && document.readyState === 'complete'"));
    } catch (WebDriverException e) {
      return false;
    }
  }

  /** Clicks an ajax button and waits until PrimeFaces has processed every response. */
  void clickAndWaitForAjax(By target) {
    waitFor(target);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              d.findElement(target).click();
              return true;
            });
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())")));
  }

  WebElement waitFor(By target) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(target));
  }

  void waitForText(By target, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(target, text));
  }

  String text(By target) {
    waitFor(target);
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(d -> d.findElement(target).getText());
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String sessionId() {
    Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
    return cookie == null ? null : cookie.getValue();
  }

  Object script(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private void waitForDocument() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // A leftover profile in target/ is harmless; the next clean removes it.
      }
    }
  }
}
