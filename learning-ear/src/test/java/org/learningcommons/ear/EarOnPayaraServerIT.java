package org.learningcommons.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.learningcommons.demo.DemoDirectory;
import org.learningcommons.demo.TestDatabase;

/**
 * The production path end to end: the EAR this module builds, deployed with {@code asadmin} to a
 * fresh domain of Payara Server Full, against a throwaway PostgreSQL database and the demo
 * directory. It proves what the Payara Micro tests cannot: that the EAR's module layout (lib/, EJB
 * module, web module at {@code /}) loads on the full server and that sign-in works there.
 */
@ExtendWith(EarOnPayaraServerIT.ServerLogOnFailure.class)
class EarOnPayaraServerIT {

  private static final String APPLICATION = "learning-ear";
  private static final String USER = "alice";
  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private static final Pattern LOGIN_FORM =
      Pattern.compile("(<form\\b[^>]*\\bid=\"login\"[^>]*>)(.*?)</form>", Pattern.DOTALL);
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
  private static final Pattern USERNAME_JSON = Pattern.compile("\"username\"\\s*:\\s*\"alice\"");

  // Written by @BeforeAll, read by the tests, @AfterAll and the shutdown hook.
  private static volatile TestDatabase database;
  private static volatile DemoDirectory directory;
  private static volatile PayaraDomain domain;
  private static Thread shutdownHook;
  private static URI base;

  @BeforeAll
  static void deployTheEarToPayaraServer() throws InterruptedException {
    long started = System.nanoTime();
    // Last resort for a JVM that ends without @AfterAll (a killed fork): no domain may outlive it.
    shutdownHook = new Thread(EarOnPayaraServerIT::release, "ear-it-cleanup");
    Runtime.getRuntime().addShutdownHook(shutdownHook);

    Path ear = requiredPath("lc.ear");
    Path payaraHome = requiredPath("lc.payaraHome");
    Path domainsDir = Path.of(System.getProperty("lc.domainDir", "target/payara-domains"));

    database = TestDatabase.create();
    directory = DemoDirectory.start(0);
    Map<String, String> settings = new LinkedHashMap<>();
    settings.putAll(database.applicationSettings());
    settings.putAll(directory.applicationSettings());
    long resources = System.nanoTime();

    domain = PayaraDomain.create(payaraHome, domainsDir.toAbsolutePath());
    long created = System.nanoTime();
    domain.start(settings);
    long running = System.nanoTime();
    domain.deploy(ear, APPLICATION);
    long deployed = System.nanoTime();
    base = URI.create("http://127.0.0.1:" + domain.httpPort() + "/");
    domain.awaitOk(base.resolve("/health/ready"), READY_TIMEOUT);
    long ready = System.nanoTime();

    System.out.printf(
        "EAR on Payara Server ready at %s after %.1f s (database and directory %.1f s,"
            + " create-domain %.1f s, start-domain %.1f s, deploy %.1f s, ready %.1f s)%n",
        base,
        seconds(started, ready),
        seconds(started, resources),
        seconds(resources, created),
        seconds(created, running),
        seconds(running, deployed),
        seconds(deployed, ready));
  }

  @AfterAll
  static void stopEverything() {
    release();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down already; the hook then runs release() again, which is harmless.
    }
  }

  @Test
  void theLoginPageRenders() throws IOException, InterruptedException {
    HttpResponse<String> page = send(browser(), get("/login.xhtml"));

    assertEquals(200, page.statusCode(), () -> describe(page));
    assertTrue(
        page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        () -> describe(page));
    assertTrue(page.body().contains("Sign in"), () -> describe(page));
    Map<String, String> form = loginForm(page.body()).fields();
    assertTrue(form.containsKey("jakarta.faces.ViewState"), form.toString());
  }

  @Test
  void signingInThroughTheLoginFormShowsTheHomePage() throws IOException, InterruptedException {
    HttpClient browser = browser();
    HttpResponse<String> page = send(browser, get("/login.xhtml"));
    assertEquals(200, page.statusCode(), () -> describe(page));
    LoginForm form = loginForm(page.body());
    assertTrue(form.html().contains("name=\"login:username\""), form.html());
    assertTrue(form.html().contains("name=\"login:password\""), form.html());
    assertTrue(form.html().contains("name=\"login:submit\""), form.html());

    // What a browser sends for the button: every hidden field (the view state among them), the
    // two inputs, and the pressed button's name.
    Map<String, String> fields = new LinkedHashMap<>(form.fields());
    fields.putIfAbsent("login", "login");
    fields.put("login:username", USER);
    fields.put("login:password", PASSWORD);
    fields.put("login:submit", "");
    HttpResponse<String> home =
        send(
            browser,
            HttpRequest.newBuilder(page.uri().resolve(form.action()))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields)))
                .build());

    assertEquals(200, home.statusCode(), () -> describe(home));
    assertNotEquals("/login.xhtml", home.uri().getPath(), () -> describe(home));
    assertTrue(home.body().contains("Alice Archer"), () -> describe(home));
    assertTrue(home.body().contains("Engineering"), () -> describe(home));
  }

  @Test
  void httpBasicSignsInToTheApi() throws IOException, InterruptedException {
    HttpResponse<String> me = send(browser(), api("/api/v1/me", PASSWORD));

    assertEquals(200, me.statusCode(), () -> describe(me));
    assertTrue(USERNAME_JSON.matcher(me.body()).find(), () -> describe(me));
  }

  @Test
  void aWrongPasswordGetsUnauthorizedAsProblemJson() throws IOException, InterruptedException {
    HttpResponse<String> me = send(browser(), api("/api/v1/me", "not-" + PASSWORD));

    assertEquals(401, me.statusCode(), () -> describe(me));
    assertEquals(
        "application/problem+json",
        me.headers().firstValue("Content-Type").orElse("").split(";")[0].trim(),
        () -> describe(me));
  }

  /** Stops the server before the database and directory it uses; each step runs regardless. */
  private static synchronized void release() {
    try {
      if (domain != null) {
        domain.close();
      }
    } finally {
      domain = null;
      try {
        if (directory != null) {
          directory.close();
        }
      } finally {
        directory = null;
        if (database != null) {
          database.close();
        }
        database = null;
      }
    }
  }

  /** A client with its own cookie jar, like a new browser. */
  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static HttpRequest get(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(REQUEST_TIMEOUT)
        .header("Accept-Language", "en")
        .GET()
        .build();
  }

  private static HttpRequest api(String path, String password) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(REQUEST_TIMEOUT)
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + credentials)
        .GET()
        .build();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String describe(HttpResponse<String> response) {
    return response.request().method()
        + " "
        + response.uri()
        + " answered "
        + response.statusCode()
        + " "
        + response.headers().map()
        + "\n"
        + response.body();
  }

  private static LoginForm loginForm(String page) {
    Matcher form = LOGIN_FORM.matcher(page);
    assertTrue(form.find(), "no form with id \"login\" in\n" + page);
    String action = attributes(form.group(1)).getOrDefault("action", "/login.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form.group(2));
    while (input.find()) {
      Map<String, String> attributes = attributes(input.group());
      if ("hidden".equals(attributes.get("type")) && attributes.containsKey("name")) {
        fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
      }
    }
    return new LoginForm(unescape(action), fields, form.group(2));
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(tag);
    while (attribute.find()) {
      attributes.put(attribute.group(1), unescape(attribute.group(2)));
    }
    return attributes;
  }

  /** The entities Faces writes in attribute values; enough for view state ids and form actions. */
  private static String unescape(String value) {
    return value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static String urlEncoded(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static Path requiredPath(String property) {
    String value = System.getProperty(property);
    if (value == null || !Files.exists(Path.of(value))) {
      throw new IllegalStateException(
          "System property "
              + property
              + " must name an existing path (failsafe sets it): "
              + value);
    }
    return Path.of(value).toAbsolutePath();
  }

  private static double seconds(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1e9;
  }

  /** A failed test shows the server's side of the story too: the domain is gone afterwards. */
  static final class ServerLogOnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      PayaraDomain running = domain;
      if (running != null) {
        System.out.println(context.getDisplayName() + " failed: " + cause);
        running.printServerLogTail();
      }
    }
  }

  private record LoginForm(String action, Map<String, String> fields, String html) {}
}
