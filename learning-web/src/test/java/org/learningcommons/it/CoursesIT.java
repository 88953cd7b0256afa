package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

/**
 * Courses through the REST API: authoring and who may do it, drafts and audiences, the catalogue,
 * self-enrolment, lessons, quizzes scored on the server (forged answers, attempt limits, double
 * submits), completion with a verification code, the course community and reviews. Every test makes
 * its own courses and people, so that order does not matter. HR: hannah.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoursesIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final String HR = "hannah";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Test
  void onlyHrCreatesAndOnlyOwnerOrHrEditsWhileDraftsStayHidden() {
    String staff = newPerson("cst" + RUN, "Courses " + RUN);
    assertEquals(
        403,
        api()
            .postJson("api/v1/courses", staff, PASSWORD, course("Nope " + RUN, null))
            .statusCode());

    long id = create("Draft course " + RUN, null);
    assertEquals(404, api().get("api/v1/courses/" + id, staff, PASSWORD).statusCode());
    assertEquals(
        404,
        api()
            .put("api/v1/courses/" + id, staff, PASSWORD, course("Mine " + RUN, null))
            .statusCode());
    assertFalse(catalogueIds(staff, "api/v1/courses?q=draft+course+" + RUN).contains(id));
    assertEquals(
        409, api().post("api/v1/courses/" + id + "/publish", HR, PASSWORD).statusCode(), "empty");

    long module = addModule(id, "Basics");
    addPage(id, module, "Welcome", "<p>Hello<script>alert(1)</script></p>");
    publish(id);

    assertEquals(200, api().get("api/v1/courses/" + id, staff, PASSWORD).statusCode());
    HttpResponse<String> edit =
        api().put("api/v1/courses/" + id, staff, PASSWORD, course("Mine " + RUN, null));
    assertEquals(403, edit.statusCode(), edit.body());
    assertTrue(edit.body().contains("owner"), edit.body());
    assertEquals(403, api().post("api/v1/courses/" + id + "/retire", staff, PASSWORD).statusCode());

    long version =
        Api.json(api().get("api/v1/courses/" + id, HR, PASSWORD))
            .getJsonNumber("version")
            .longValue();
    HttpResponse<String> fresh =
        api().put("api/v1/courses/" + id, HR, PASSWORD, course("Renamed " + RUN, version));
    assertEquals(200, fresh.statusCode(), fresh.body());
    assertEquals("Renamed " + RUN, Api.json(fresh).getString("title"));
    HttpResponse<String> stale =
        api().put("api/v1/courses/" + id, HR, PASSWORD, course("Stale " + RUN, version));
    assertEquals(409, stale.statusCode(), stale.body());
    assertEquals(409, api().post("api/v1/courses/" + id + "/publish", HR, PASSWORD).statusCode());

    HttpResponse<String> handed =
        api()
            .postJson(
                "api/v1/courses/" + id + "/owner", HR, PASSWORD, "{\"owner\":\"" + staff + "\"}");
    assertEquals(200, handed.statusCode(), handed.body());
    HttpResponse<String> ownerEdit =
        api().put("api/v1/courses/" + id, staff, PASSWORD, course("Owned by staff " + RUN, null));
    assertEquals(200, ownerEdit.statusCode(), ownerEdit.body());
    assertEquals(200, api().post("api/v1/courses/" + id + "/retire", staff, PASSWORD).statusCode());
    assertFalse(catalogueIds(staff, "api/v1/courses?q=owned+by+staff+" + RUN).contains(id));
    assertTrue(
        catalogueIds(HR, "api/v1/courses?status=RETIRED&q=owned+by+staff+" + RUN).contains(id));
    assertEquals(
        403, api().get("api/v1/courses?status=DRAFT", staff, PASSWORD).statusCode(), "drafts");
  }

  @Test
  void aCourseForADepartmentIsInvisibleToOtherDepartments() {
    String department = "Audience " + RUN;
    String inside = newPerson("cin" + RUN, department);
    String outside = newPerson("cout" + RUN, "Elsewhere " + RUN);
    String json =
        course("Department only " + RUN, null)
            .replace("\"tags\"", "\"audienceDepartments\":[\"" + department + "\"],\"tags\"");
    long id = created(api().postJson("api/v1/courses", HR, PASSWORD, json));
    addPage(id, addModule(id, "One"), "Page", "<p>Text</p>");
    publish(id);

    assertTrue(catalogueIds(inside, "api/v1/courses?q=department+only+" + RUN).contains(id));
    assertEquals(200, api().get("api/v1/courses/" + id, inside, PASSWORD).statusCode());
    assertFalse(catalogueIds(outside, "api/v1/courses?q=department+only+" + RUN).contains(id));
    assertEquals(404, api().get("api/v1/courses/" + id, outside, PASSWORD).statusCode());
    assertEquals(
        404, api().post("api/v1/courses/" + id + "/enrolment", outside, PASSWORD).statusCode());
  }

  @Test
  void theCatalogueSearchesFiltersAndPages() {
    String learner = newPerson("ccat" + RUN, "Catalogue " + RUN);
    String word = "zebra" + RUN;
    List<Long> ids = new ArrayList<>();
    for (String format : List.of("E_LEARNING", "VIDEO", "E_LEARNING")) {
      String json =
          course(word + " course " + ids.size(), null)
              .replace("\"E_LEARNING\"", "\"" + format + "\"")
              .replace("\"safety\"", "\"" + word + "tag" + ids.size() % 2 + "\"");
      long id = created(api().postJson("api/v1/courses", HR, PASSWORD, json));
      addPage(id, addModule(id, "M"), "P", "<p>x</p>");
      publish(id);
      ids.add(id);
    }
    JsonObject first =
        Api.json(api().get("api/v1/courses?q=" + word + "&limit=2", learner, PASSWORD));
    assertEquals(3, first.getInt("total"));
    assertEquals(2, first.getJsonArray("items").size());
    assertEquals(2, first.getInt("nextOffset"));
    JsonObject row = first.getJsonArray("items").getJsonObject(0);
    assertEquals(ids.get(0).longValue(), row.getJsonNumber("id").longValue());
    assertTrue(row.getJsonArray("tags").toString().contains(word + "tag0"), row.toString());
    assertEquals(45, row.getInt("durationMinutes"));
    JsonObject last =
        Api.json(api().get("api/v1/courses?q=" + word + "&limit=2&offset=2", learner, PASSWORD));
    assertEquals(1, last.getJsonArray("items").size());
    assertFalse(last.containsKey("nextOffset") && !last.isNull("nextOffset"));

    assertEquals(
        List.of(ids.get(1)), catalogueIds(learner, "api/v1/courses?q=" + word + "&format=VIDEO"));
    assertEquals(
        List.of(ids.get(0), ids.get(2)),
        catalogueIds(learner, "api/v1/courses?q=" + word + "&tag=" + word + "tag0"));
    assertEquals(
        List.of(ids.get(1)),
        catalogueIds(learner, "api/v1/courses?category=Safety&q=" + word + "+course+1"));
    assertEquals(400, api().get("api/v1/courses?format=PODCAST", learner, PASSWORD).statusCode());

    enrol(learner, ids.get(2));
    JsonObject mine =
        Api.json(api().get("api/v1/courses?q=" + word + "+course+2", learner, PASSWORD));
    assertEquals("ACTIVE", mine.getJsonArray("items").getJsonObject(0).getString("myEnrolment"));
  }

  @Test
  void aLearnerCompletesLessonsAndAQuizAndGetsOneCompletionWithACode() {
    String learner = newPerson("clrn" + RUN, "Learners " + RUN);
    String stranger = newPerson("cstr" + RUN, "Learners " + RUN);
    long id = create("Security basics " + RUN, null);
    long module = addModule(id, "Lessons");
    long page = addPage(id, module, "Passwords", "<p>Use a manager.</p>");
    long video =
        created(
            api()
                .postJson(
                    "api/v1/courses/" + id + "/modules/" + module + "/items",
                    HR,
                    PASSWORD,
                    "{\"kind\":\"VIDEO\",\"title\":\"Phishing\",\"url\":\"https://video.example/1\"}"));
    long quiz = addQuiz(id, addModule(id, "Test"), 70, 3);
    publish(id);

    assertEquals(
        403, api().get("api/v1/courses/" + id + "/items/" + page, learner, PASSWORD).statusCode());
    HttpResponse<String> enrolled =
        api().post("api/v1/courses/" + id + "/enrolment", learner, PASSWORD);
    assertEquals(201, enrolled.statusCode(), enrolled.body());
    assertEquals(
        200, api().post("api/v1/courses/" + id + "/enrolment", learner, PASSWORD).statusCode());

    JsonObject course = Api.json(api().get("api/v1/courses/" + id, learner, PASSWORD));
    assertFalse(course.toString().contains("correct"), course.toString());
    long communityId = course.getJsonNumber("communityId").longValue();
    JsonObject community =
        Api.json(api().get("api/v1/communities/" + communityId, learner, PASSWORD));
    assertEquals("ACTIVE", community.getString("myStatus"));
    assertEquals("MEMBER", community.getString("myRole"));
    assertEquals("RESTRICTED", community.getString("visibility"));
    assertEquals(
        404,
        api()
            .get("api/v1/courses/" + id + "/items/" + page + 99999, learner, PASSWORD)
            .statusCode());

    JsonObject lesson =
        Api.json(api().get("api/v1/courses/" + id + "/items/" + page, learner, PASSWORD));
    assertEquals("<p>Use a manager.</p>", lesson.getString("body"));
    assertFalse(lesson.getBoolean("done"));
    assertEquals(
        403,
        api()
            .post("api/v1/courses/" + id + "/items/" + page + "/done", stranger, PASSWORD)
            .statusCode());
    assertEquals(
        400,
        api()
            .post("api/v1/courses/" + id + "/items/" + quiz + "/done", learner, PASSWORD)
            .statusCode());
    JsonObject done = done(learner, id, page);
    assertEquals(33, done.getInt("percentDone"));
    assertEquals(33, done(learner, id, page).getInt("percentDone"), "idempotent");
    assertFalse(done(learner, id, video).getBoolean("courseCompleted"));

    JsonObject attempt = start(learner, id, quiz, 201);
    assertFalse(attempt.toString().contains("correct"), attempt.toString());
    JsonArray questions = attempt.getJsonArray("questions");
    assertEquals(3, questions.size());
    String attemptPath = "api/v1/courses/" + id + "/quizzes/" + quiz + "/attempts/1";
    long q0 = questions.getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(400, submit(learner, attemptPath, "{\"" + q0 + "\":[7]}").statusCode());
    assertEquals(400, submit(learner, attemptPath, "{\"999999999\":[0]}").statusCode());
    assertEquals(400, submit(learner, attemptPath, "{\"abc\":[0]}").statusCode());
    assertEquals(1, start(learner, id, quiz, 200).getInt("number"), "the open attempt resumes");

    HttpResponse<String> wrong = submit(learner, attemptPath, answers(questions, false));
    assertEquals(200, wrong.statusCode(), wrong.body());
    assertFalse(Api.json(wrong).getBoolean("passed"));
    assertEquals(0, Api.json(wrong).getInt("score"));
    assertEquals(2, Api.json(wrong).getInt("attemptsLeft"));

    JsonObject second = start(learner, id, quiz, 201);
    assertEquals(2, second.getInt("number"));
    HttpResponse<String> right =
        submit(
            learner,
            "api/v1/courses/" + id + "/quizzes/" + quiz + "/attempts/2",
            answers(second.getJsonArray("questions"), true));
    assertEquals(200, right.statusCode(), right.body());
    JsonObject result = Api.json(right);
    assertTrue(result.getBoolean("passed"));
    assertEquals(100, result.getInt("score"));
    assertTrue(result.getBoolean("courseCompleted"));
    String code = result.getString("verificationCode");
    assertFalse(code.isBlank());

    assertEquals(1, completions(id, learner));
    JsonObject after = Api.json(api().get("api/v1/courses/" + id, learner, PASSWORD));
    assertEquals("COMPLETED", after.getJsonObject("progress").getString("status"));
    assertEquals(100, after.getJsonObject("progress").getInt("percentDone"));
    assertEquals(
        403,
        api()
            .post("api/v1/courses/" + id + "/quizzes/" + quiz + "/attempts", learner, PASSWORD)
            .statusCode());
    assertEquals(
        200, api().get("api/v1/courses/" + id + "/items/" + page, learner, PASSWORD).statusCode());
    String kept =
        api()
            .get("api/v1/courses/" + id + "/quizzes/" + quiz + "/attempts", learner, PASSWORD)
            .body();
    try (JsonReader reader = Json.createReader(new StringReader(kept))) {
      assertEquals(2, reader.readArray().size(), kept);
    }
    assertTrue(subjects(learner, "COURSE_COMPLETED").contains("Security basics " + RUN));
  }

  @Test
  void attemptLimitsHoldUnderConcurrentStartsAndASubmitCountsOnce() throws Exception {
    String learner = newPerson("clim" + RUN, "Limits " + RUN);
    long id = create("Limited quiz " + RUN, null);
    long quiz = addQuiz(id, addModule(id, "Quiz"), 100, 2);
    publish(id);
    enrol(learner, id);

    JsonObject first = start(learner, id, quiz, 201);
    String path = "api/v1/courses/" + id + "/quizzes/" + quiz + "/attempts/1";
    String body = "{\"answers\":" + answers(first.getJsonArray("questions"), false) + "}";
    List<CompletableFuture<HttpResponse<String>>> submits = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      submits.add(api().postJsonAsync(path, learner, PASSWORD, body));
    }
    List<Integer> statuses = submits.stream().map(f -> f.join().statusCode()).sorted().toList();
    assertEquals(List.of(200, 409, 409, 409), statuses);

    String startPath = "api/v1/courses/" + id + "/quizzes/" + quiz + "/attempts";
    List<Integer> started = new ArrayList<>();
    for (HttpResponse<String> r : concurrently(startPath, learner, 5)) {
      started.add(r.statusCode());
      assertEquals(2, Api.json(r).getInt("number"), r.body());
    }
    assertEquals(List.of(200, 200, 200, 200, 201), started.stream().sorted().toList());
    HttpResponse<String> second =
        submit(
            learner,
            startPath + "/2",
            answers(start(learner, id, quiz, 200).getJsonArray("questions"), false));
    assertEquals(200, second.statusCode(), second.body());
    for (HttpResponse<String> r : concurrently(startPath, learner, 5)) {
      assertEquals(409, r.statusCode(), r.body());
    }
    HttpResponse<String> refused = api().post(startPath, learner, PASSWORD);
    assertEquals(409, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("all 2 attempts"), refused.body());
    assertEquals(2, attempts(id, learner));
  }

  @Test
  void learnersRateACourseOnceAndRatingAgainReplaces() {
    String learner = newPerson("crev" + RUN, "Reviews " + RUN);
    String other = newPerson("crev2" + RUN, "Reviews " + RUN);
    long id = create("Reviewed course " + RUN, null);
    addPage(id, addModule(id, "M"), "P", "<p>x</p>");
    publish(id);
    assertEquals(
        403,
        api()
            .put("api/v1/courses/" + id + "/reviews/mine", other, PASSWORD, "{\"rating\":1}")
            .statusCode());
    enrol(learner, id);
    assertEquals(
        400,
        api()
            .put("api/v1/courses/" + id + "/reviews/mine", learner, PASSWORD, "{\"rating\":6}")
            .statusCode());
    HttpResponse<String> first =
        api()
            .put(
                "api/v1/courses/" + id + "/reviews/mine",
                learner,
                PASSWORD,
                "{\"rating\":2,\"text\":\"Slow\"}");
    assertEquals(200, first.statusCode(), first.body());
    HttpResponse<String> again =
        api()
            .put(
                "api/v1/courses/" + id + "/reviews/mine",
                learner,
                PASSWORD,
                "{\"rating\":5,\"text\":\"Better now\"}");
    assertEquals(200, again.statusCode(), again.body());
    JsonObject course = Api.json(api().get("api/v1/courses/" + id, other, PASSWORD));
    assertEquals(1, course.getInt("ratingCount"));
    assertEquals(5.0, course.getJsonNumber("averageRating").doubleValue());
    JsonObject reviews = Api.json(api().get("api/v1/courses/" + id + "/reviews", other, PASSWORD));
    assertEquals(1, reviews.getInt("total"));
    assertEquals("Better now", reviews.getJsonArray("items").getJsonObject(0).getString("text"));
  }

  @Test
  void theCourseAndLessonPagesShowProgressInTheBrowser() {
    String learner = newPerson("cbro" + RUN, "Browser " + RUN);
    long id = create("Browser course " + RUN, null);
    long page = addPage(id, addModule(id, "Only"), "The only lesson", "<p>Read me " + RUN + "</p>");
    publish(id);
    try (Browser browser = new Browser(base)) {
      browser.signIn(learner, PASSWORD);
      browser.open("/learning/catalogue.xhtml");
      browser.type(By.id("catalogueForm:q"), "browser course " + RUN);
      browser.clickAndWaitForAjax(By.id("catalogueForm:search"));
      String found = browser.text(By.id("catalogueForm:courses"));
      assertTrue(found.contains("Browser course " + RUN), found);
      browser.open("/learning/course.xhtml?id=" + id);
      browser.clickAndWaitForPage(By.id("courseForm:enrol"));
      browser.waitForText(By.id("courseForm:progressText"), "0%");
      browser.open("/learning/item.xhtml?course=" + id + "&id=" + page);
      String content = browser.text(By.id("itemForm:content"));
      assertTrue(content.contains("Read me " + RUN), content);
      browser.clickAndWaitForAjax(By.id("itemForm:markDone"));
      browser.waitForText(By.id("itemForm:progressText"), "100%");
    }
    assertEquals(1, completions(id, learner));
  }

  @Test
  void aDoubleClickOnEnrolEnrolsOnceAndAFileLessonReachesLearnersOnly() {
    String learner = newPerson("cdbl" + RUN, "Files " + RUN);
    String other = newPerson("cdbo" + RUN, "Files " + RUN);
    long id = create("File course " + RUN, null);
    long module = addModule(id, "Handouts");
    byte[] pdf = tinyPdf();
    HttpResponse<String> uploaded =
        api()
            .postBytes("api/v1/courses/" + id + "/files?fileName=Checklist.pdf", HR, PASSWORD, pdf);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    long attachment = Api.json(uploaded).getJsonNumber("id").longValue();
    assertEquals(
        404,
        api()
            .postBytes("api/v1/courses/" + id + "/files?fileName=x.pdf", learner, PASSWORD, pdf)
            .statusCode(),
        "a draft is invisible to others");
    assertEquals(
        400,
        api()
            .postBytes(
                "api/v1/courses/" + id + "/files?fileName=page.html",
                HR,
                PASSWORD,
                "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .statusCode());
    long file =
        created(
            api()
                .postJson(
                    "api/v1/courses/" + id + "/modules/" + module + "/items",
                    HR,
                    PASSWORD,
                    "{\"kind\":\"FILE\",\"title\":\"Checklist\",\"attachmentId\":"
                        + attachment
                        + "}"));
    assertEquals(
        400,
        api()
            .postJson(
                "api/v1/courses/" + id + "/modules/" + module + "/items",
                HR,
                PASSWORD,
                "{\"kind\":\"LINK\",\"title\":\"Bad\",\"url\":\"javascript:alert(1)\"}")
            .statusCode());
    publish(id);
    assertEquals(
        403,
        api()
            .postBytes("api/v1/courses/" + id + "/files?fileName=x.pdf", learner, PASSWORD, pdf)
            .statusCode(),
        "a published course is not theirs to change");

    List<Integer> statuses = new ArrayList<>();
    for (HttpResponse<String> r : concurrently("api/v1/courses/" + id + "/enrolment", learner, 3)) {
      statuses.add(r.statusCode());
    }
    assertEquals(List.of(200, 200, 201), statuses.stream().sorted().toList());
    assertEquals(
        1,
        count("select count(*) from enrolment where course_id = ? and username = ?", id, learner));

    HttpResponse<byte[]> download =
        api().download("api/v1/courses/" + id + "/items/" + file + "/file", learner, PASSWORD);
    assertEquals(200, download.statusCode());
    assertEquals(pdf.length, download.body().length);
    assertEquals(
        403,
        api()
            .download("api/v1/courses/" + id + "/items/" + file + "/file", other, PASSWORD)
            .statusCode());
    assertEquals(
        "Checklist.pdf",
        Api.json(api().get("api/v1/courses/" + id + "/items/" + file, learner, PASSWORD))
            .getString("fileName"));

    HttpResponse<String> left =
        api().delete("api/v1/courses/" + id + "/enrolment", learner, PASSWORD);
    assertEquals(204, left.statusCode(), left.body());
    assertEquals(
        "WITHDRAWN",
        Api.json(api().get("api/v1/courses/" + id, learner, PASSWORD))
            .getJsonObject("progress")
            .getString("status"));
    assertEquals(
        403, api().get("api/v1/courses/" + id + "/items/" + file, learner, PASSWORD).statusCode());
  }

  @Test
  void thePagesRenderForTheirPeopleAndRefuseOthers() {
    String staff = newPerson("cpag" + RUN, "Pages " + RUN);
    long id = create("Rendered course " + RUN, null);
    long quiz = addQuiz(id, addModule(id, "Quiz"), 70, null);
    publish(id);
    String html = "text/html";
    HttpResponse<String> catalogue =
        api().get("learning/catalogue.xhtml?q=rendered+course+" + RUN, staff, PASSWORD, html);
    assertEquals(200, catalogue.statusCode(), catalogue.body());
    assertTrue(catalogue.body().contains("Rendered course " + RUN), catalogue.body());
    HttpResponse<String> course =
        api().get("learning/course.xhtml?id=" + id, staff, PASSWORD, html);
    assertEquals(200, course.statusCode());
    assertTrue(course.body().contains("courseForm:enrol"), course.body());
    assertFalse(course.body().contains("id=\"edit\""), "staff see no edit link");
    HttpResponse<String> notEnrolled =
        api().get("learning/item.xhtml?course=" + id + "&id=" + quiz, staff, PASSWORD, html);
    assertEquals(200, notEnrolled.statusCode());
    assertTrue(notEnrolled.body().contains("Enrol on the course first"), notEnrolled.body());
    assertFalse(notEnrolled.body().contains("itemForm:startAttempt"), "no quiz before enrolling");
    assertEquals(
        404, api().get("learning/course.xhtml?id=999999999", staff, PASSWORD, html).statusCode());
    assertEquals(
        403, api().get("learning/course-edit.xhtml?id=" + id, staff, PASSWORD, html).statusCode());
    assertEquals(403, api().get("learning/course-edit.xhtml", staff, PASSWORD, html).statusCode());
    HttpResponse<String> editor =
        api().get("learning/course-edit.xhtml?id=" + id, HR, PASSWORD, html);
    assertEquals(200, editor.statusCode(), editor.body());
    assertTrue(editor.body().contains("Rendered course " + RUN));
    assertTrue(editor.body().contains("itemQuestions"), editor.body());
    assertEquals(200, api().get("learning/course-edit.xhtml", HR, PASSWORD, html).statusCode());

    enrol(staff, id);
    HttpResponse<String> item =
        api().get("learning/item.xhtml?course=" + id + "&id=" + quiz, staff, PASSWORD, html);
    assertEquals(200, item.statusCode());
    assertTrue(item.body().contains("itemForm:startAttempt"), item.body());
  }

  @Test
  void hrBuildsAndPublishesACourseInTheEditorAndALearnerTakesItsQuiz() {
    String learner = newPerson("cedi" + RUN, "Editor " + RUN);
    String title = "Edited course " + RUN;
    long id;
    try (Browser browser = new Browser(base)) {
      browser.signIn(HR, PASSWORD);
      browser.open("/learning/course-edit.xhtml");
      browser.type(By.id("describeForm:title"), title);
      browser.type(By.id("describeForm:summary"), "Made in the editor.");
      browser.type(By.id("describeForm:category"), "Editing");
      browser.clickAndWaitForPage(By.id("describeForm:save"));
      String address = browser.driver().getCurrentUrl();
      assertTrue(address.contains("id="), address);
      id = Long.parseLong(address.replaceAll(".*[?&]id=([0-9]+).*", "$1"));
      browser.type(By.id("modulesForm:moduleTitle"), "Only module");
      browser.clickAndWaitForAjax(By.id("modulesForm:addModule"));
      browser.waitFor(By.xpath("//*[contains(text(), '1. Only module')]"));
      browser.type(By.id("itemForm:itemTitle"), "Welcome page");
      browser
          .waitFor(By.cssSelector("[id='itemForm:itemBody'] .ql-editor"))
          .sendKeys("Welcome to the course " + RUN);
      browser.clickAndWaitForAjax(By.id("itemForm:saveItem"));
      browser.waitFor(By.xpath("//li[contains(., 'Welcome page')]"));
      browser.clickAndWaitForAjax(By.id("statusForm:publish"));
      browser.waitForText(By.id("status"), "Published");
    }
    JsonObject course = Api.json(api().get("api/v1/courses/" + id, learner, PASSWORD));
    assertEquals("PUBLISHED", course.getString("status"));
    long quiz =
        addQuiz(
            id,
            course.getJsonArray("modules").getJsonObject(0).getJsonNumber("id").longValue(),
            70,
            2);
    enrol(learner, id);
    try (Browser browser = new Browser(base)) {
      browser.signIn(learner, PASSWORD);
      browser.open("/learning/item.xhtml?course=" + id + "&id=" + quiz);
      browser.clickAndWaitForAjax(By.id("itemForm:startAttempt"));
      browser.waitFor(By.id("itemForm:submitAttempt"));
      browser.clickAndWaitForAjax(By.id("itemForm:submitAttempt"));
      String result = browser.text(By.id("itemForm:quizResult"));
      assertTrue(result.contains("Not passed"), result);
      assertTrue(browser.text(By.id("itemForm:attempts")).contains("0%"));
    }
    assertEquals(1, attempts(id, learner));
  }

  @Test
  void theOpenApiDocumentDescribesCourses() {
    HttpResponse<String> openApi = api().getAnonymous("/openapi");
    assertEquals(200, openApi.statusCode());
    for (String part :
        List.of(
            "/api/v1/courses",
            "/quizzes/",
            "/attempts",
            "/done",
            "/enrolment",
            "/reviews/mine",
            "Search the catalogue")) {
      assertTrue(openApi.body().contains(part), part);
    }
  }

  private String newPerson(String uid, String department) {
    TestEnvironment.directory().addPerson(uid, "Test " + uid, department, "Engineer", null);
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
    return uid;
  }

  private static String course(String title, Long version) {
    return "{\"title\":\""
        + title
        + "\",\"summary\":\"What everyone should know.\",\"category\":\"Safety\","
        + "\"tags\":[\"safety\"],\"durationMinutes\":45,\"format\":\"E_LEARNING\""
        + (version == null ? "" : ",\"version\":" + version)
        + "}";
  }

  private long create(String title, Long version) {
    return created(api().postJson("api/v1/courses", HR, PASSWORD, course(title, version)));
  }

  private static long created(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
    return Api.json(response).getJsonNumber("id").longValue();
  }

  private long addModule(long course, String title) {
    return created(
        api()
            .postJson(
                "api/v1/courses/" + course + "/modules",
                HR,
                PASSWORD,
                "{\"title\":\"" + title + "\"}"));
  }

  private long addPage(long course, long module, String title, String body) {
    return created(
        api()
            .postJson(
                "api/v1/courses/" + course + "/modules/" + module + "/items",
                HR,
                PASSWORD,
                "{\"kind\":\"PAGE\",\"title\":\"" + title + "\",\"body\":\"" + body + "\"}"));
  }

  /** A quiz of three questions whose first option is always the right one. */
  private long addQuiz(long course, long module, int passMark, Integer attempts) {
    long quiz =
        created(
            api()
                .postJson(
                    "api/v1/courses/" + course + "/modules/" + module + "/items",
                    HR,
                    PASSWORD,
                    "{\"kind\":\"QUIZ\",\"title\":\"Check\",\"passMark\":"
                        + passMark
                        + ",\"attemptLimit\":"
                        + attempts
                        + "}"));
    String base = "api/v1/courses/" + course + "/quizzes/" + quiz + "/questions";
    created(
        api()
            .postJson(
                base,
                HR,
                PASSWORD,
                "{\"kind\":\"SINGLE\",\"text\":\"Best password?\",\"options\":[{\"text\":\"Long"
                    + " passphrase\",\"correct\":true},{\"text\":\"Birthday\"},{\"text\":\"1234\"}]}"));
    created(
        api()
            .postJson(
                base,
                HR,
                PASSWORD,
                "{\"kind\":\"MULTIPLE\",\"text\":\"Phishing signs?\",\"options\":[{\"text\":\"Urgency\","
                    + "\"correct\":true},{\"text\":\"Known sender, expected mail\"},"
                    + "{\"text\":\"Odd links\",\"correct\":true}]}"));
    created(
        api()
            .postJson(
                base,
                HR,
                PASSWORD,
                "{\"kind\":\"TRUE_FALSE\",\"text\":\"Report incidents?\",\"options\":[{\"text\":\"True\","
                    + "\"correct\":true},{\"text\":\"False\"}]}"));
    return quiz;
  }

  /** Answers keyed by question id: all right, or all wrong. */
  private static String answers(JsonArray questions, boolean right) {
    StringBuilder json = new StringBuilder("{");
    for (JsonValue value : questions) {
      JsonObject q = value.asJsonObject();
      if (json.length() > 1) {
        json.append(',');
      }
      String text = q.getString("text");
      String chosen = right ? (text.startsWith("Phishing") ? "[0,2]" : "[0]") : "[1]";
      json.append('"').append(q.getJsonNumber("id").longValue()).append("\":").append(chosen);
    }
    return json.append('}').toString();
  }

  private void publish(long course) {
    HttpResponse<String> r = api().post("api/v1/courses/" + course + "/publish", HR, PASSWORD);
    assertEquals(200, r.statusCode(), r.body());
  }

  private void enrol(String learner, long course) {
    HttpResponse<String> r =
        api().post("api/v1/courses/" + course + "/enrolment", learner, PASSWORD);
    assertEquals(201, r.statusCode(), r.body());
  }

  private JsonObject done(String learner, long course, long item) {
    HttpResponse<String> r =
        api().post("api/v1/courses/" + course + "/items/" + item + "/done", learner, PASSWORD);
    assertEquals(200, r.statusCode(), r.body());
    return Api.json(r);
  }

  private JsonObject start(String learner, long course, long quiz, int status) {
    HttpResponse<String> r =
        api()
            .post("api/v1/courses/" + course + "/quizzes/" + quiz + "/attempts", learner, PASSWORD);
    assertEquals(status, r.statusCode(), r.body());
    return Api.json(r);
  }

  private HttpResponse<String> submit(String learner, String path, String answers) {
    String body = answers.startsWith("{\"answers\"") ? answers : "{\"answers\":" + answers + "}";
    return api().postJson(path, learner, PASSWORD, body);
  }

  private List<Long> catalogueIds(String user, String path) {
    HttpResponse<String> r = api().get(path, user, PASSWORD);
    assertEquals(200, r.statusCode(), r.body());
    return Api.json(r).getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private List<String> subjects(String uid, String kind) {
    JsonObject page = Api.json(api().get("api/v1/notifications?limit=100", uid, PASSWORD));
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> kind.equals(n.getString("kind")))
        .map(n -> n.getString("subject"))
        .toList();
  }

  private static int completions(long course, String username) {
    return count(
        "select count(*) from completion where course_id = ? and username = ?"
            + " and verification_code <> ''",
        course,
        username);
  }

  private static int attempts(long course, String username) {
    return count(
        "select count(*) from quiz_attempt a join enrolment e on e.id = a.enrolment_id"
            + " where e.course_id = ? and e.username = ?",
        course,
        username);
  }

  private static int count(String sql, long course, String username) {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, course);
      query.setString(2, username);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The smallest PDF a reader opens: one empty page. */
  private static byte[] tinyPdf() {
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n")
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private List<HttpResponse<String>> concurrently(String path, String user, int times) {
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      sent.add(api().postJsonAsync(path, user, PASSWORD, ""));
    }
    return sent.stream().map(CompletableFuture::join).toList();
  }
}
