package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningcommons.demo.DemoDirectory;
import org.learningcommons.demo.TestEnvironment;

/**
 * Sign-in, provisioning, directory sync and lockout, as the API's clients see them, against the
 * real directory and database. Each test uses people of its own, so that order does not matter. The
 * test environment allows 3 failures in 5 minutes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryAndSignInIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private static DemoDirectory directory() {
    return TestEnvironment.directory();
  }

  @Test
  void firstSignInCreatesTheProfileFromTheDirectory() throws SQLException {
    directory().addPerson("nora", "Nora Newman", "Finance", "Financial Analyst", "mike");

    HttpResponse<String> response = api().get("api/v1/me", "nora", PASSWORD);

    assertEquals(200, response.statusCode(), response.body());
    JsonObject me = Api.json(response);
    assertEquals("nora", me.getString("username"));
    assertEquals("Nora Newman", me.getString("displayName"));
    assertEquals("Finance", me.getString("department"));
    assertEquals("Financial Analyst", me.getString("title"));
    assertEquals("nora@learningcommons.example", me.getString("email"));
    assertEquals("mike", me.getJsonObject("manager").getString("username"));
    assertTrue(me.getJsonArray("roles").toString().contains("STAFF"));
    List<String> actions = auditActions("nora");
    assertEquals(2, actions.size(), actions.toString());
    assertTrue(
        actions.containsAll(List.of("PROFILE_CREATED", "LOGIN_SUCCEEDED")), actions.toString());
  }

  @Test
  void laterSignInsRefreshTheProfile() {
    directory().addPerson("otto", "Otto Olsen", "Sales", "Sales Representative", null);
    assertEquals(200, api().get("api/v1/me", "otto", PASSWORD).statusCode());

    directory().replace("otto", "title", "Key Account Manager");
    JsonObject me = Api.json(api().get("api/v1/me", "otto", PASSWORD));

    assertEquals("Key Account Manager", me.getString("title"));
  }

  @Test
  void rolesComeFromDirectoryGroups() {
    JsonObject adam = Api.json(api().get("api/v1/me", "adam", PASSWORD));
    JsonObject hannah = Api.json(api().get("api/v1/me", "hannah", PASSWORD));
    JsonObject mike = Api.json(api().get("api/v1/me", "mike", PASSWORD));

    assertTrue(adam.getJsonArray("roles").toString().contains("ADMIN"), adam.toString());
    assertTrue(hannah.getJsonArray("roles").toString().contains("HR"), hannah.toString());
    assertTrue(mike.getJsonArray("roles").toString().contains("MANAGER"), mike.toString());
    assertFalse(mike.getJsonArray("roles").toString().contains("ADMIN"), mike.toString());
  }

  @Test
  void directorySyncCopiesChangesAndDeactivatesLeavers() {
    directory().addPerson("carla", "Carla Conti", "Sales", "Account Executive", null);
    directory().addPerson("leo", "Leo Leaverton", "Operations", "Planner", null);
    assertEquals(200, api().get("api/v1/me", "carla", PASSWORD).statusCode());
    assertEquals(200, api().get("api/v1/me", "leo", PASSWORD).statusCode());

    directory().replace("carla", "departmentNumber", "Marketing");
    directory().remove("leo");
    HttpResponse<String> sync = api().post("api/v1/admin/directory-sync", "adam", PASSWORD);

    assertEquals(200, sync.statusCode(), sync.body());
    JsonObject run = Api.json(sync);
    assertEquals("SUCCEEDED", run.getString("status"), run.toString());
    assertTrue(run.getInt("deactivated") >= 1, run.toString());
    assertEquals(
        "Marketing",
        Api.json(api().get("api/v1/staff/carla", "adam", PASSWORD)).getString("department"));
    JsonObject leo = Api.json(api().get("api/v1/staff/leo", "adam", PASSWORD));
    assertFalse(leo.getBoolean("active"), "a leaver's profile is kept, inactive");
    assertEquals(0, searchTotal("q=Leaverton"), "leavers are not listed in the directory");
    assertEquals(401, api().get("api/v1/me", "leo", PASSWORD).statusCode());
  }

  @Test
  void onlyAdministratorsMaySyncTheDirectory() {
    HttpResponse<String> response = api().post("api/v1/admin/directory-sync", "alice", PASSWORD);

    assertEquals(403, response.statusCode());
    assertEquals(403, Api.json(response).getInt("status"));
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameAnswer() {
    HttpResponse<String> wrongPassword = api().get("api/v1/me", "hannah", "not-her-password");
    HttpResponse<String> unknownUser = api().get("api/v1/me", "nobody-at-all", "whatever");

    assertEquals(401, wrongPassword.statusCode());
    assertEquals(401, unknownUser.statusCode());
    assertEquals(wrongPassword.body(), unknownUser.body());
    assertEquals(
        "application/problem+json",
        wrongPassword.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertTrue(wrongPassword.headers().firstValue("WWW-Authenticate").isPresent());
  }

  @Test
  void anAccountIsLockedAfterRepeatedFailuresAndTheLockIsAudited() throws SQLException {
    directory().addPerson("lena", "Lena Lock", "Legal", "Paralegal", null);
    for (int i = 0; i < 3; i++) {
      assertEquals(401, api().get("api/v1/me", "lena", "wrong-" + i).statusCode());
    }

    HttpResponse<String> correctPasswordWhileLocked = api().get("api/v1/me", "lena", PASSWORD);

    assertEquals(401, correctPasswordWhileLocked.statusCode());
    assertTrue(
        Api.json(correctPasswordWhileLocked).getString("detail").contains("Too many"),
        correctPasswordWhileLocked.body());
    List<String> actions = auditActions("lena");
    assertTrue(actions.contains("LOGIN_LOCKED_OUT"), actions.toString());
    assertTrue(actions.contains("LOGIN_REFUSED_LOCKED"), actions.toString());
    assertEquals(3, actions.stream().filter("LOGIN_FAILED"::equals).count());
  }

  @Test
  void unknownAccountsAreLockedTooSoLockoutRevealsNothing() {
    for (int i = 0; i < 3; i++) {
      api().get("api/v1/me", "ghost", "guess-" + i);
    }

    HttpResponse<String> response = api().get("api/v1/me", "ghost", "guess-4");

    assertTrue(Api.json(response).getString("detail").contains("Too many"), response.body());
  }

  @Test
  void filterCharactersOverlongNamesAndNulNeverSignIn() {
    assertEquals(401, api().get("api/v1/me", "*", PASSWORD).statusCode());
    assertEquals(401, api().get("api/v1/me", "a*", PASSWORD).statusCode());
    assertEquals(401, api().get("api/v1/me", "alice)(uid=*", PASSWORD).statusCode());
    assertEquals(401, api().get("api/v1/me", "alice\\", PASSWORD).statusCode());
    assertEquals(401, api().get("api/v1/me", "alice\0", PASSWORD).statusCode());
    assertEquals(401, api().get("api/v1/me", "a".repeat(300), PASSWORD).statusCode());
    assertEquals(200, api().get("api/v1/me", "alice", PASSWORD).statusCode());
  }

  @Test
  void anEmptyPasswordNeverSignsIn() {
    assertEquals(401, api().get("api/v1/me", "bob-empty", "").statusCode());
    assertEquals(401, api().get("api/v1/me", "mike", "").statusCode());
  }

  @Test
  void theStaffDirectorySearchesAndPages() {
    assertEquals(200, api().post("api/v1/admin/directory-sync", "adam", PASSWORD).statusCode());
    assertTrue(searchTotal("") >= 200, "the demo directory has at least 200 people");

    JsonObject engineering =
        Api.json(api().get("api/v1/staff?department=Engineering&limit=5", "alice", PASSWORD));
    assertEquals(5, engineering.getJsonArray("items").size());
    assertEquals(5, engineering.getInt("nextOffset"));
    engineering
        .getJsonArray("items")
        .forEach(item -> assertEquals("Engineering", item.asJsonObject().getString("department")));

    JsonObject archer = Api.json(api().get("api/v1/staff?q=archer", "alice", PASSWORD));
    assertEquals("alice", archer.getJsonArray("items").getJsonObject(0).getString("username"));
  }

  @Test
  void invalidPagingGetsAProblemNamingTheField() {
    HttpResponse<String> response = api().get("api/v1/staff?limit=1000", "alice", PASSWORD);

    assertEquals(400, response.statusCode());
    JsonObject problem = Api.json(response);
    assertEquals(400, problem.getInt("status"));
    assertTrue(problem.getJsonArray("errors").toString().contains("limit"), response.body());
  }

  @Test
  void anUnknownPersonIsANotFoundProblem() {
    HttpResponse<String> response = api().get("api/v1/staff/no-such-person", "alice", PASSWORD);

    assertEquals(404, response.statusCode());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
  }

  @Test
  void withoutCredentialsTheApiAnswers401NotALoginPage() {
    HttpResponse<String> response = api().getAnonymous("api/v1/me");

    assertEquals(401, response.statusCode());
    assertEquals(401, Api.json(response).getInt("status"));
  }

  @Test
  void healthIsReadyAndTheOpenApiDocumentDescribesTheApi() {
    assertEquals(200, api().health("ready").statusCode());
    assertEquals(200, api().health("live").statusCode());
    HttpResponse<String> openApi = api().getAnonymous("/openapi");
    assertEquals(200, openApi.statusCode());
    assertTrue(openApi.body().contains("/api/v1/me"), openApi.body());
  }

  @Test
  void whenTheDirectoryDoesNotAnswerSignInSaysSoAndTheNodeIsNotReady() {
    directory().suspend();
    try {
      HttpResponse<String> signIn = api().get("api/v1/me", "alice", PASSWORD);
      assertEquals(503, signIn.statusCode(), signIn.body());
      assertEquals("Directory unavailable", Api.json(signIn).getString("title"));
      HttpResponse<String> ready = api().health("ready");
      assertEquals(503, ready.statusCode());
      assertTrue(ready.body().contains("directory"), ready.body());
    } finally {
      directory().resume();
    }
    assertEquals(200, api().get("api/v1/me", "alice", PASSWORD).statusCode());
    assertEquals(200, api().health("ready").statusCode());
  }

  @Test
  void personalAnswersAreNeverCachedAndCannotBeFramedElsewhere() {
    HttpResponse<String> me = api().get("api/v1/me", "alice", PASSWORD);
    HttpResponse<String> login = api().getAnonymous("login.xhtml");

    for (HttpResponse<String> response : List.of(me, login)) {
      assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
      assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertTrue(
          response
              .headers()
              .firstValue("Content-Security-Policy")
              .orElse("")
              .contains("frame-ancestors 'self'"));
    }
  }

  private long searchTotal(String query) {
    return Api.json(api().get("api/v1/staff?" + query, "alice", PASSWORD))
        .getJsonNumber("total")
        .longValue();
  }

  private static List<String> auditActions(String actor) throws SQLException {
    try (Connection connection = TestEnvironment.database().connect();
        PreparedStatement query =
            connection.prepareStatement(
                "select action, remote_address from audit_event where actor = ? order by id")) {
      query.setString(1, actor);
      List<String> actions = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          actions.add(rows.getString(1));
          if (rows.getString(1).startsWith("LOGIN")) {
            assertTrue(rows.getString(2) != null, "sign-in events record the address");
          }
        }
      }
      return actions;
    }
  }
}
