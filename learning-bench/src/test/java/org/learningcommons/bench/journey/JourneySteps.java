package org.learningcommons.bench.journey;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningcommons.bench.journey.JourneySettings.StepGroup;

/**
 * The steps of one visit, each a single HTTP request as a browser makes it (pages only: static
 * resources are cached by browsers). Redirects are not followed, so that a redirect is checked
 * where it happens and every step is one row in the results. The step names are the rows of the
 * summary: keep them stable so that runs compare.
 *
 * <p>Faces needs, on every POST, the {@code jakarta.faces.ViewState} of the page the form came from
 * and the form's own hidden field ({@code <formId>=<formId>}); pages save the former into the
 * session as {@code viewState}.
 */
final class JourneySteps {

  static final String LANDING_PAGE = "landing page";
  static final String LOGIN_PAGE = "login page";
  static final String SIGN_IN = "sign in";
  static final String HOME = "home";
  static final String STAFF_DIRECTORY = "staff directory";
  static final String PERSON = "person profile";
  static final String MY_PROFILE = "my profile";
  static final String SAVE_PROFILE = "save profile";
  static final String SIGN_OUT = "sign out";
  static final String COMMUNITIES = "communities directory";
  static final String COMMUNITY = "community page";
  static final String THREAD = "thread page";
  static final String HOT_THREAD_PAGE_2 = "hot thread page 2";
  static final String API_COMMUNITIES = "api communities";
  static final String API_THREADS = "api community threads";
  static final String API_REPLIES = "api thread replies";
  static final String API_ANNOUNCEMENTS = "api my announcements";
  static final String API_ANNOUNCEMENT = "api announcement";
  static final String API_REPORT = "api announcement report";
  static final String API_REPORT_PENDING = "api announcement pending";
  static final String COURSE_PAGE = "course page";
  static final String LESSON_PAGE = "lesson page";
  static final String COURSE_PAGE_AGAIN = "course page again";
  static final String API_CATALOGUE = "api catalogue search";
  static final String API_COURSE = "api course";
  static final String API_LESSON = "api lesson";
  static final String API_MY_RECORD = "api my record";
  static final String API_LONG_RECORD = "api record of 500 entries";
  static final String API_PERSON_RECORD = "api person record (HR)";

  /**
   * The readers of the reporting steps: who signs in (a journey CSV column) and how their rows are
   * named. HR sees everyone; the chief executive is a manager whose line is everyone below them; a
   * department head is a mid-level manager whose line is their department.
   */
  enum ReportReader {
    HR("hr", "HR"),
    LARGE_LINE("reportTop", "large line"),
    MID_MANAGER("reportHead", "mid manager");

    private final String column;
    private final String label;

    ReportReader(String column, String label) {
      this.column = column;
      this.label = label;
    }

    /** A step name for this reader, e.g. {@code report dashboard (HR)}. */
    String name(String step) {
      return step + " (" + label + ")";
    }

    String username() {
      return "#{" + column + "}";
    }
  }

  static final String REPORT_LOGIN_PAGE = "report login page";
  static final String REPORT_SIGN_IN = "report sign in";

  /**
   * The report calls of issue 7, in the order a reader makes them: the dashboard, a department's
   * teams, a team's people, a person's courses, the overdue list, the learning and engagement
   * reports, and the full export of the overdue table (every overdue assignment in scope: on XL
   * about 100,000 rows for HR).
   */
  static final List<String[]> REPORT_CALLS =
      List.of(
          new String[] {"report dashboard", "/api/v1/reports/compliance", "application/json"},
          new String[] {
            "report department teams",
            "/api/v1/reports/compliance/departments/#{reportDepartment}/teams",
            "application/json"
          },
          new String[] {
            "report team people",
            "/api/v1/reports/compliance/teams/#{reportTeam}/people",
            "application/json"
          },
          new String[] {
            "report person courses",
            "/api/v1/reports/compliance/people/#{reportPerson}/courses",
            "application/json"
          },
          new String[] {
            "report overdue (50)", "/api/v1/reports/compliance/overdue?limit=50", "application/json"
          },
          new String[] {"report learning", "/api/v1/reports/learning", "application/json"},
          new String[] {"report engagement", "/api/v1/reports/engagement", "application/json"},
          new String[] {
            "report export overdue CSV", "/api/v1/reports/tables/compliance-overdue.csv", "text/csv"
          });

  private static final String VIEW_STATE = "jakarta.faces.ViewState";
  private static final String RESPONSE_TIME = "lc.responseTime";

  /** Mojarra renders the state once per form, all equal; the first one serves any form. */
  private static final String VIEW_STATE_INPUT =
      "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"";

  /** An ajax response carries the (possibly new) state as an update of the state field. */
  private static final String VIEW_STATE_UPDATE =
      "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>";

  /** As jQuery sends PrimeFaces' requests (dataType xml). */
  private static final Map<String, String> AJAX_HEADERS =
      Map.of(
          "Faces-Request", "partial/ajax",
          "X-Requested-With", "XMLHttpRequest",
          "Accept", "application/xml, text/xml, */*; q=0.01");

  private final LoadMonitor monitor;
  private final Set<StepGroup> groups;

  /**
   * With a monitor, every response is reported to it (capacity mode's stop condition). The groups
   * say which steps a visit makes besides signing in, home and signing out.
   */
  JourneySteps(LoadMonitor monitor, Set<StepGroup> groups) {
    this.monitor = monitor;
    this.groups = Set.copyOf(groups);
  }

  /** The step names of the default journey (people), in journey order. */
  static List<String> names() {
    return names(Set.of(StepGroup.PEOPLE));
  }

  /** Every step name the groups make, in journey order, for the smoke test and the summary. */
  static List<String> names(Set<StepGroup> groups) {
    List<String> names = new ArrayList<>(List.of(LANDING_PAGE, LOGIN_PAGE, SIGN_IN, HOME));
    if (groups.contains(StepGroup.LEARNING)) {
      names.addAll(List.of(COURSE_PAGE, LESSON_PAGE, COURSE_PAGE_AGAIN));
    }
    if (groups.contains(StepGroup.COMMUNITIES)) {
      names.addAll(List.of(COMMUNITIES, COMMUNITY, THREAD, HOT_THREAD_PAGE_2));
    }
    if (groups.contains(StepGroup.PEOPLE)) {
      names.addAll(List.of(STAFF_DIRECTORY, PERSON, MY_PROFILE, SAVE_PROFILE));
    } else {
      names.add(MY_PROFILE);
    }
    names.add(SIGN_OUT);
    if (groups.contains(StepGroup.COMMUNITIES)) {
      names.addAll(List.of(API_COMMUNITIES, API_THREADS, API_REPLIES));
    }
    if (groups.contains(StepGroup.ANNOUNCEMENTS)) {
      names.addAll(List.of(API_ANNOUNCEMENTS, API_ANNOUNCEMENT));
    }
    if (groups.contains(StepGroup.ANNOUNCEMENT_REPORT)) {
      names.addAll(List.of(API_REPORT, API_REPORT_PENDING));
    }
    if (groups.contains(StepGroup.LEARNING)) {
      names.addAll(
          List.of(
              API_CATALOGUE,
              API_COURSE,
              API_LESSON,
              API_MY_RECORD,
              API_LONG_RECORD,
              API_PERSON_RECORD));
    }
    if (groups.contains(StepGroup.REPORTING)) {
      names.add(REPORT_LOGIN_PAGE);
      for (ReportReader reader : ReportReader.values()) {
        names.add(reader.name(REPORT_SIGN_IN));
        for (String[] call : REPORT_CALLS) {
          names.add(reader.name(call[0]));
        }
      }
    }
    return Collections.unmodifiableList(names);
  }

  /** The names of all steps any journey can make, in journey order, for the summary's rows. */
  static List<String> allNames() {
    return names(EnumSet.allOf(StepGroup.class));
  }

  /**
   * The journey, in the order of Moodle's: landing page, login page, sign in, home, then (once
   * their pages exist) course, lesson, course again, community, thread, reply form, post a reply
   * (PrimeFaces ajax with the ViewState) and course participants, then this application's own pages
   * (staff directory, a person, my profile, saving it by ajax), then sign out. A failed step ends
   * the visit, because what follows depends on it (session, ViewState).
   *
   * <p>The community steps (group {@code communities}) read the person's community, one of its
   * threads and a hot thread's second page, then, after signing out, make the same reads through
   * the JSON API with HTTP Basic as an API client would: without the browser's cookies.
   */
  List<ChainBuilder> visit() {
    List<ChainBuilder> steps = new ArrayList<>();
    steps.add(step(landingPage()));
    steps.add(step(loginPage()));
    steps.add(step(signIn()));
    steps.add(step(home()));
    // The learning steps of Moodle's journey: course, lesson, course; then community and thread
    // (below); reply form, post reply (ajax) and course participants join with the issues that
    // build them. Their names go into names() as well.
    if (groups.contains(StepGroup.LEARNING)) {
      steps.add(step(coursePage(COURSE_PAGE)));
      steps.add(step(lessonPage()));
      steps.add(step(coursePage(COURSE_PAGE_AGAIN)));
    }
    if (groups.contains(StepGroup.COMMUNITIES)) {
      steps.add(step(communities()));
      steps.add(step(community()));
      steps.add(step(thread()));
      steps.add(step(hotThreadPage2()));
    }
    if (groups.contains(StepGroup.PEOPLE)) {
      steps.add(step(staffDirectory()));
      steps.add(step(person()));
      steps.add(step(myProfile()));
      steps.add(step(saveProfile()));
    } else {
      // Sign out posts the user menu from the profile page, with that page's ViewState.
      steps.add(step(myProfile()));
    }
    steps.add(step(signOut()));
    if (groups.stream().anyMatch(StepGroup::needsJourneyData)) {
      steps.add(exec(flushCookieJar()));
    }
    if (groups.contains(StepGroup.COMMUNITIES)) {
      steps.add(step(api(API_COMMUNITIES, "/api/v1/communities?limit=20")));
      steps.add(step(api(API_THREADS, "/api/v1/communities/#{community}/threads?limit=20")));
      steps.add(step(api(API_REPLIES, "/api/v1/threads/#{thread}/replies?limit=50")));
    }
    if (groups.contains(StepGroup.ANNOUNCEMENTS)) {
      // The home banner's query: the announcements showing now for me, critical ones first.
      steps.add(
          step(
              api(API_ANNOUNCEMENTS, "/api/v1/announcements?limit=20")
                  .check(substring("\"items\"").exists())));
      // One addressed to my department (the first reading records a receipt).
      steps.add(
          step(
              api(API_ANNOUNCEMENT, "/api/v1/announcements/#{announcement}")
                  .check(substring("\"id\":#{announcement}").exists())));
    }
    if (groups.contains(StepGroup.ANNOUNCEMENT_REPORT)) {
      // An HR member reads the report of the announcement to all staff (50,000 on XL).
      steps.add(
          step(
              apiAs(API_REPORT, "/api/v1/announcements/#{everyoneAnnouncement}/report", "#{hr}")
                  .check(substring("\"departments\"").exists())));
      steps.add(
          step(
              apiAs(
                      API_REPORT_PENDING,
                      "/api/v1/announcements/#{everyoneAnnouncement}/report/pending"
                          + "?offset=0&limit=50",
                      "#{hr}")
                  .check(substring("\"items\"").exists())));
    }
    if (groups.contains(StepGroup.LEARNING)) {
      // Issue 6's targets: catalogue search < 100 ms, a record of 500 entries < 100 ms.
      steps.add(
          step(
              api(API_CATALOGUE, "/api/v1/courses?q=#{courseQuery}&offset=0&limit=20")
                  .check(substring("\"items\"").exists())));
      steps.add(
          step(
              api(API_COURSE, "/api/v1/courses/#{course}")
                  .check(substring("\"id\":#{course}").exists())));
      steps.add(
          step(
              api(API_LESSON, "/api/v1/courses/#{course}/items/#{lesson}")
                  .check(substring("\"id\":#{lesson}").exists())));
      steps.add(step(api(API_MY_RECORD, "/api/v1/me/record")));
      steps.add(step(apiAs(API_LONG_RECORD, "/api/v1/me/record", "#{recordUser}")));
      steps.add(step(apiAs(API_PERSON_RECORD, "/api/v1/people/#{recordUser}/record", "#{hr}")));
    }
    if (groups.contains(StepGroup.REPORTING)) {
      // Issue 7's targets are server times of the reports, so each reader signs in once through
      // the form and the report calls carry that session: no directory bind inside their times.
      for (ReportReader reader : ReportReader.values()) {
        steps.add(step(loginPage(REPORT_LOGIN_PAGE)));
        steps.add(step(signIn(reader.name(REPORT_SIGN_IN), reader.username())));
        for (String[] call : REPORT_CALLS) {
          steps.add(step(report(reader.name(call[0]), call[1], call[2])));
        }
        steps.add(exec(flushCookieJar()));
      }
    }
    return Collections.unmodifiableList(steps);
  }

  /** The course page, recognised by its title ({@code <h1 id="course-title">}). */
  private static HttpRequestActionBuilder coursePage(String name) {
    return page(name, "/learning/course.xhtml?id=#{course}", "id=\"course-title\"");
  }

  /**
   * A lesson of the course, recognised by the item form's content panel ({@code itemForm:content}),
   * which only an item the person may open renders (a refused one shows a notice instead).
   */
  private static HttpRequestActionBuilder lessonPage() {
    return page(
        LESSON_PAGE,
        "/learning/item.xhtml?course=#{course}&id=#{lesson}",
        "id=\"itemForm:content\"");
  }

  private HttpRequestActionBuilder communities() {
    return communityPage(COMMUNITIES, "/communities/");
  }

  private HttpRequestActionBuilder community() {
    return communityPage(COMMUNITY, "/communities/community.xhtml?id=#{community}");
  }

  /** The first page: the opening post and the first 50 replies. */
  private HttpRequestActionBuilder thread() {
    return communityPage(THREAD, "/communities/thread.xhtml?id=#{thread}");
  }

  /** A thread with 200+ top-level replies, so that its second page of 50 is full. */
  private HttpRequestActionBuilder hotThreadPage2() {
    return communityPage(HOT_THREAD_PAGE_2, "/communities/thread.xhtml?id=#{hotThread}&page=2");
  }

  /**
   * The community pages do not exist yet, so no element can be named: the step passes on 200 (a
   * redirect to the login page, an error page or a missing page fails it) with a page that is not
   * the login form. When the pages land, a marker each, as the people pages have, belongs here.
   */
  private static HttpRequestActionBuilder communityPage(String name, String url) {
    return http(name)
        .get(url)
        .check(
            responseTimeInMillis().saveAs(RESPONSE_TIME),
            status().is(200),
            substring("id=\"login:username\"").notExists());
  }

  /** A JSON API read as an API client makes it: HTTP Basic on every request, no session. */
  private static HttpRequestActionBuilder api(String name, String url) {
    return apiAs(name, url, "#{username}");
  }

  /** The same as another generated person (all share the directory password). */
  private static HttpRequestActionBuilder apiAs(String name, String url, String username) {
    return http(name)
        .get(url)
        .basicAuth(username, "#{password}")
        .header("Accept", "application/json")
        .check(
            responseTimeInMillis().saveAs(RESPONSE_TIME),
            status().is(200),
            header("Content-Type").transform(type -> type.startsWith("application/json")).is(true));
  }

  /**
   * A report call with the session of the signed-in reader (no Basic), checked by status and type:
   * the body's shape belongs to the reporting endpoints' own tests.
   */
  private static HttpRequestActionBuilder report(String name, String url, String type) {
    return http(name)
        .get(url)
        .header("Accept", type + ", application/problem+json")
        .check(
            responseTimeInMillis().saveAs(RESPONSE_TIME),
            status().is(200),
            header("Content-Type").transform(t -> t.startsWith(type)).is(true));
  }

  /** GET / while signed out: the application sends the browser to its login page. */
  private HttpRequestActionBuilder landingPage() {
    return http(LANDING_PAGE)
        .get("/")
        .check(
            responseTimeInMillis().saveAs(RESPONSE_TIME),
            status().is(302),
            header("Location").transform(JourneySteps::path).is("/login.xhtml"));
  }

  private HttpRequestActionBuilder loginPage() {
    return loginPage(LOGIN_PAGE);
  }

  private static HttpRequestActionBuilder loginPage(String name) {
    return http(name)
        .get("/login.xhtml")
        .check(
            responseTimeInMillis().saveAs(RESPONSE_TIME),
            status().is(200),
            substring("id=\"login:username\"").exists(),
            regex(VIEW_STATE_INPUT).saveAs("viewState"));
  }

  /** The non-ajax login form; the application checks the password against the directory. */
  private HttpRequestActionBuilder signIn() {
    return signIn(SIGN_IN, "#{username}");
  }

  private static HttpRequestActionBuilder signIn(String name, String username) {
    return http(name)
        .post("/login.xhtml")
        .formParam("login", "login")
        .formParam("login:username", username)
        .formParam("login:password", "#{password}")
        .formParam("login:submit", "")
        .formParam(VIEW_STATE, "#{viewState}")
        .check(
            responseTimeInMillis().saveAs(RESPONSE_TIME),
            // A refused sign-in answers 200 with the form and a message instead.
            status().is(302),
            header("Location").transform(JourneySteps::path).is("/"));
  }

  private HttpRequestActionBuilder home() {
    return page(HOME, "/", "id=\"greeting\"");
  }

  private HttpRequestActionBuilder staffDirectory() {
    return page(STAFF_DIRECTORY, "/people/index.xhtml", "id=\"results:staff\"");
  }

  private HttpRequestActionBuilder person() {
    return page(PERSON, "/people/person.xhtml?u=#{person}", "id=\"person-name\"");
  }

  private HttpRequestActionBuilder myProfile() {
    return page(MY_PROFILE, "/profile.xhtml", "id=\"profileForm:bio\"")
        .check(regex(VIEW_STATE_INPUT).saveAs("viewState"));
  }

  /**
   * The profile form's save button, exactly as PrimeFaces posts it: the button renders {@code
   * PrimeFaces.ab({s:"profileForm:save",f:"profileForm",p:"profileForm",u:"profileForm,growl"})}
   * and core.js turns that into the partial parameters below plus the whole form. A command button
   * has no client behaviour, so PrimeFaces sends {@code <source>=<source>} instead of {@code
   * jakarta.faces.behavior.event} / {@code jakarta.faces.partial.event} (those come with {@code
   * p:ajax}, as a reply form's will).
   */
  private HttpRequestActionBuilder saveProfile() {
    return http(SAVE_PROFILE)
        .post("/profile.xhtml")
        .headers(AJAX_HEADERS)
        .formParam("jakarta.faces.partial.ajax", "true")
        .formParam("jakarta.faces.source", "profileForm:save")
        .formParam("jakarta.faces.partial.execute", "profileForm")
        .formParam("jakarta.faces.partial.render", "profileForm growl")
        .formParam("profileForm:save", "profileForm:save")
        .formParam("profileForm", "profileForm")
        .formParam("profileForm:bio", JourneySteps::bio)
        .formParam("profileForm:skills", "Java, Jakarta EE, PostgreSQL, coaching")
        .formParam("profileForm:interests", "Performance engineering, cycling, languages")
        .formParam(VIEW_STATE, "#{viewState}")
        .check(
            responseTimeInMillis().saveAs(RESPONSE_TIME),
            status().is(200),
            substring("<partial-response").exists(),
            // An exception inside the request comes back as <error>, an expired session as
            // <redirect>: both with status 200, so only the body tells.
            substring("<error").notExists(),
            substring("<redirect").notExists(),
            // The growl's message; a concurrent edit or a validation error shows another one.
            substring("Your profile has been saved.").exists(),
            regex(VIEW_STATE_UPDATE).saveAs("viewState"));
  }

  /** The user menu's non-ajax form, posted from the profile page the visit ends on. */
  private HttpRequestActionBuilder signOut() {
    return http(SIGN_OUT)
        .post("/profile.xhtml")
        .formParam("userMenu", "userMenu")
        .formParam("userMenu:language", "en")
        .formParam("userMenu:signOut", "")
        .formParam(VIEW_STATE, "#{viewState}")
        .check(
            responseTimeInMillis().saveAs(RESPONSE_TIME),
            status().is(302),
            header("Location").transform(JourneySteps::path).is("/login.xhtml?signedOut=true"));
  }

  /** A full page of a signed-in person, recognised by an element only that page has. */
  private static HttpRequestActionBuilder page(String name, String url, String marker) {
    return http(name)
        .get(url)
        .check(
            responseTimeInMillis().saveAs(RESPONSE_TIME),
            status().is(200),
            substring(marker).exists());
  }

  /**
   * Wraps one request: without a monitor it is the request alone; with one, the response time and
   * outcome go to the monitor (the response time check comes first in every request, so it is saved
   * even when a later check fails; a request that got no response has none).
   */
  private ChainBuilder step(HttpRequestActionBuilder request) {
    if (monitor == null) {
      return exec(request);
    }
    return exec(session -> session.remove(RESPONSE_TIME))
        .exec(request)
        .exec(
            session -> {
              Integer millis =
                  session.contains(RESPONSE_TIME) ? session.getInt(RESPONSE_TIME) : null;
              monitor.record(millis, !session.isFailed());
              return session;
            });
  }

  /** A bio of typical length that differs on every save, so that each save is a real update. */
  private static String bio(Session session) {
    return "I look after the "
        + session.getString("username")
        + " team's shared tooling and like to pair on tricky problems. Before this role I"
        + " worked in support, which is why I care about clear error messages. Ask me about"
        + " build pipelines, PostgreSQL tuning or the best coffee near the office. (Load"
        + " journey visit "
        + session.userId()
        + ", "
        + System.currentTimeMillis()
        + ")";
  }

  /** A Location header as a path and query: the server may send it absolute. */
  private static String path(String location) {
    int scheme = location.indexOf("://");
    if (scheme < 0) {
      return location;
    }
    int slash = location.indexOf('/', scheme + 3);
    return slash < 0 ? "/" : location.substring(slash);
  }
}
