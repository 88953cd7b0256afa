package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
 * The journey in the browser: HR makes a course mandatory for one department; a member sees
 * it under "My learning" with its due date, does the lessons and passes the quiz, opens the
 * certificate from their record of development and downloads it; a colleague in another department
 * is never assigned it. The course is built through the API (CoursesIT covers the editor);
 * everything the journey is about happens on the pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningJourneyIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String HR = "hannah";
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final int DUE_DAYS = 14;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Test
  void hrMakesACourseMandatoryAndAMemberCompletesItAndFindsTheCertificateInTheirRecord()
      throws IOException {
    String department = "Warehouse " + RUN;
    String member = newPerson("ljm" + RUN, department);
    String outsider = newPerson("ljo" + RUN, "Office " + RUN);
    String title = "Forklift safety " + RUN;
    Course course = course(title);

    try (Browser hr = new Browser(base)) {
      hr.signIn(HR, PASSWORD);
      hr.open("/learning/rules.xhtml");
      hr.waitFor(By.id("ruleForm:saveRule"));
      hr.script(
          "PrimeFaces.widgets['widget_ruleForm_ruleCourse'].selectValue('"
              + course.id()
              + "');"
              + "PrimeFaces.widgets['widget_ruleForm_ruleScope'].selectValue('DEPARTMENT');");
      hr.type(By.id("ruleForm:ruleValue"), department);
      hr.type(By.id("ruleForm:ruleDueDays"), Integer.toString(DUE_DAYS));
      hr.clickAndWaitForAjax(By.id("ruleForm:saveRule"));
      assertTrue(hr.text(By.id("evaluationResult")).contains("1 assigned"), hr.pageText());
    }

    try (Browser learner = new Browser(base)) {
      learner.signIn(member, PASSWORD);
      learner.clickAndWaitForPage(By.id("nav-my-learning"));
      assertEquals(title, learner.text(By.id("myLearning:enrolments:0:courseTitle")));
      assertEquals("Assigned", learner.text(By.id("myLearning:enrolments:0:status")));
      String due = learner.text(By.id("myLearning:enrolments:0:due"));
      Instant dueAt = Instant.parse(myEnrolment(member, title).getString("dueAt"));
      Duration ahead = Duration.between(Instant.now(), dueAt);
      assertTrue(
          ahead.compareTo(Duration.ofDays(DUE_DAYS - 1)) > 0
              && ahead.compareTo(Duration.ofDays(DUE_DAYS)) <= 0,
          "due " + DUE_DAYS + " days after the assignment: " + dueAt);
      assertTrue(
          due.contains(Integer.toString(dueAt.atZone(ZoneOffset.UTC).getYear())),
          "the page shows the due date: " + due);

      learner.open("/learning/course.xhtml?id=" + course.id());
      learner.waitForText(By.id("courseForm:progressText"), "0%");
      for (long lesson : new long[] {course.firstLesson(), course.secondLesson()}) {
        learner.open("/learning/item.xhtml?course=" + course.id() + "&id=" + lesson);
        learner.clickAndWaitForAjax(By.id("itemForm:markDone"));
        learner.waitFor(By.id("itemForm:doneMark"));
      }
      learner.open("/learning/item.xhtml?course=" + course.id() + "&id=" + course.quiz());
      learner.clickAndWaitForAjax(By.id("itemForm:startAttempt"));
      learner.waitFor(By.id("itemForm:submitAttempt"));
      // The questions come shuffled; the right options are the ones whose text starts "Right".
      learner.script(
          "document.querySelectorAll('.lc-question label').forEach(function (l) {"
              + " if (l.textContent.trim().indexOf('Right') === 0) { l.click(); } });");
      learner.clickAndWaitForAjax(By.id("itemForm:submitAttempt"));
      String result = learner.text(By.id("itemForm:quizResult"));
      assertTrue(result.contains("Passed"), result);

      learner.clickAndWaitForPage(By.id("nav-my-learning"));
      assertEquals("Completed", learner.text(By.id("myLearning:enrolments:0:status")));

      learner.clickAndWaitForPage(By.id("nav-record"));
      String completed = learner.text(By.id("completedForm:completedTable"));
      assertTrue(completed.contains(title), completed);
      learner.clickAndWaitForPage(By.cssSelector("a[id^='completed-']"));
      assertEquals(title, learner.text(By.id("certificate-course")));
      String code = learner.text(By.id("certificate-code"));
      String pdfPath =
          URI.create(learner.waitFor(By.id("downloadCertificate")).getAttribute("href")).getPath();
      HttpResponse<byte[]> pdf = api().download(pdfPath.substring(1), member, PASSWORD);
      assertEquals(200, pdf.statusCode());
      String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
      assertTrue(text.contains(title), text);
      assertTrue(text.contains(code), text);
      assertTrue(text.contains("Test " + member), text);
    }

    JsonObject outsiders = Api.json(api().get("api/v1/me/enrolments", outsider, PASSWORD));
    assertFalse(outsiders.toString().contains(title), outsiders.toString());
    JsonObject record = Api.json(api().get("api/v1/me/record", member, PASSWORD));
    assertTrue(record.toString().contains(title), record.toString());
  }

  private JsonObject myEnrolment(String learner, String title) {
    return Api.json(api().get("api/v1/me/enrolments", learner, PASSWORD))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(e -> e.toString().contains(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError(title + " is not among the enrolments"));
  }

  private record Course(long id, long firstLesson, long secondLesson, long quiz) {}

  /** A published e-learning course: two pages and a two-question quiz (pass mark 100). */
  private Course course(String title) {
    long id =
        created(
            api()
                .postJson(
                    "api/v1/courses",
                    HR,
                    PASSWORD,
                    "{\"title\":\""
                        + title
                        + "\",\"summary\":\"Driving a forklift safely.\",\"category\":\"Safety\","
                        + "\"tags\":[\"safety\"],\"durationMinutes\":90,\"format\":\"E_LEARNING\","
                        + "\"selfEnrol\":false,\"validityMonths\":12,\"renewalWindowDays\":30}"));
    long module =
        created(
            api()
                .postJson(
                    "api/v1/courses/" + id + "/modules", HR, PASSWORD, "{\"title\":\"Basics\"}"));
    long first = page(id, module, "Before you drive", "<p>Check the brakes.</p>");
    long second = page(id, module, "Loads", "<p>Keep loads low.</p>");
    long quiz =
        created(
            api()
                .postJson(
                    "api/v1/courses/" + id + "/modules/" + module + "/items",
                    HR,
                    PASSWORD,
                    "{\"kind\":\"QUIZ\",\"title\":\"Check\",\"passMark\":100,\"attemptLimit\":3}"));
    String questions = "api/v1/courses/" + id + "/quizzes/" + quiz + "/questions";
    created(
        api()
            .postJson(
                questions,
                HR,
                PASSWORD,
                "{\"kind\":\"SINGLE\",\"text\":\"Where do the forks go while driving?\","
                    + "\"options\":[{\"text\":\"Up high\"},{\"text\":\"Right: low\","
                    + "\"correct\":true},{\"text\":\"Anywhere\"}]}"));
    created(
        api()
            .postJson(
                questions,
                HR,
                PASSWORD,
                "{\"kind\":\"TRUE_FALSE\",\"text\":\"Passengers may ride on the forks.\","
                    + "\"options\":[{\"text\":\"True\"},{\"text\":\"Right: false\","
                    + "\"correct\":true}]}"));
    HttpResponse<String> published = api().post("api/v1/courses/" + id + "/publish", HR, PASSWORD);
    assertEquals(200, published.statusCode(), published.body());
    return new Course(id, first, second, quiz);
  }

  private long page(long course, long module, String title, String body) {
    return created(
        api()
            .postJson(
                "api/v1/courses/" + course + "/modules/" + module + "/items",
                HR,
                PASSWORD,
                "{\"kind\":\"PAGE\",\"title\":\"" + title + "\",\"body\":\"" + body + "\"}"));
  }

  private static long created(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
    return Api.json(response).getJsonNumber("id").longValue();
  }

  private String newPerson(String uid, String department) {
    TestEnvironment.directory().addPerson(uid, "Test " + uid, department, "Driver", null);
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
    return uid;
  }
}
