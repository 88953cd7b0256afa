package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The journey in the browser: a manager opens Reports, sees their department's compliance,
 * drills into a team, exports the team as XLSX (read back), sees its people and one person's
 * courses; a plain staff member who opens the report gets the 403 page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplianceJourneyIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final String DEPARTMENT = "Journey " + RUN;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Test
  void aManagerDrillsFromTheirDepartmentToATeamExportsItAndSeesAPersonsCourses()
      throws SQLException, IOException {
    String boss = newPerson("jb" + RUN, null, true);
    String lead = newPerson("jl" + RUN, boss, true);
    String learner = newPerson("jp" + RUN, lead, false);
    newPerson("jc" + RUN, boss, false);
    String title = "Ladder safety " + RUN;
    long course = course(title);
    HttpResponse<String> rule =
        api()
            .postJson(
                "api/v1/assignment-rules",
                "hannah",
                PASSWORD,
                "{\"courseId\":"
                    + course
                    + ",\"scope\":\"DEPARTMENT\",\"value\":\""
                    + DEPARTMENT
                    + "\",\"dueDays\":30}");
    assertEquals(201, rule.statusCode(), rule.body());
    complete(learner, course);

    try (Browser manager = new Browser(base)) {
      manager.signIn(boss, PASSWORD);
      manager.clickAndWaitForPage(By.id("nav-reports"));
      // The figures arrive in the ajax request after the page loads.
      try {
        manager.waitFor(By.id("percent"));
      } catch (RuntimeException e) {
        throw new AssertionError(
            "no figures on the dashboard: " + manager.driver().getPageSource(), e);
      }
      assertEquals("33.3", manager.text(By.id("percent")));
      assertEquals(DEPARTMENT, manager.text(By.id("departmentsForm:departments:0:departmentLink")));
      assertEquals("3", manager.text(By.id("departmentsForm:departments:0:required")));
      assertEquals("1", manager.text(By.id("departmentsForm:departments:0:compliant")));

      manager.clickAndWaitForPage(By.id("departmentsForm:departments:0:departmentLink"));
      assertTrue(manager.text(By.id("department-title")).contains(DEPARTMENT));
      // Teams by their manager's name: the boss's own team, then the lead's.
      assertEquals("Test " + lead, manager.text(By.id("teamsForm:teams:1:teamLink")));
      assertEquals("1", manager.text(By.id("teamsForm:teams:1:teamSize")));
      assertEquals("100.0", manager.text(By.id("teamsForm:teams:1:percent")));

      manager.clickAndWaitForPage(By.id("teamsForm:teams:1:teamLink"));
      assertEquals("Test " + learner, manager.text(By.id("peopleForm:people:0:personLink")));
      assertEquals("1", manager.text(By.id("peopleForm:people:0:compliant")));

      // The team as XLSX: the export runs in the background with progress, then downloads.
      manager.clickAndWaitForAjax(By.id("export-compliance-people:export-xlsx"));
      manager.waitForText(
          By.id("export-compliance-people:export-ready"), "Your file is ready. 1 of 1 rows");
      manager.driver().findElement(By.id("export-compliance-people:export-download")).click();
      try (XSSFWorkbook workbook =
          new XSSFWorkbook(Files.newInputStream(manager.downloaded(".xlsx")))) {
        Sheet sheet = workbook.getSheetAt(0);
        assertEquals(2, sheet.getPhysicalNumberOfRows(), "a header and the team's one person");
        assertEquals("User name", sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals(learner, sheet.getRow(1).getCell(0).getStringCellValue());
        assertEquals("Test " + learner, sheet.getRow(1).getCell(1).getStringCellValue());
        assertEquals(DEPARTMENT, sheet.getRow(1).getCell(2).getStringCellValue());
        assertEquals(1.0, sheet.getRow(1).getCell(3).getNumericCellValue(), "required");
        assertEquals(1.0, sheet.getRow(1).getCell(4).getNumericCellValue(), "compliant");
        assertEquals(0.0, sheet.getRow(1).getCell(5).getNumericCellValue(), "overdue");
      }

      manager.clickAndWaitForPage(By.id("peopleForm:people:0:personLink"));
      assertEquals(title, manager.text(By.id("coursesForm:courses:0:course")));
      assertEquals("Completed", manager.text(By.id("coursesForm:courses:0:status")));
    }
  }

  @Test
  void plainStaffGetTheForbiddenPage() {
    String staff = newPerson("js" + RUN, null, false);
    try (Browser browser = new Browser(base)) {
      browser.signIn(staff, PASSWORD);
      browser.open("/reporting/compliance.xhtml");
      String text = browser.pageText();
      assertTrue(text.contains("Access denied"), text);
    }
  }

  private String newPerson(String uid, String manager, boolean isManager) {
    TestEnvironment.directory().addPerson(uid, "Test " + uid, DEPARTMENT, "Engineer", manager);
    if (isManager) {
      TestEnvironment.directory().addToGroup(uid, "LC-Managers");
    }
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
    return uid;
  }

  private static long course(String title) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into course (title, summary, category, duration_minutes, format, owner,"
                    + " status, validity_months, renewal_window_days, created_at, updated_at,"
                    + " published_at) values (?, 'A course for the tests', 'Compliance', 30,"
                    + " 'E_LEARNING', 'hannah', 'PUBLISHED', null, 30, now(), now(), now())"
                    + " returning id")) {
      insert.setString(1, title);
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static void complete(String uid, long course) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into completion (course_id, username, completed_at, minutes, source,"
                    + " verification_code, recorded_by, recorded_at) values (?, ?, now(), 30,"
                    + " 'IMPORT', ?, 'test', now())")) {
      insert.setLong(1, course);
      insert.setString(2, uid);
      insert.setString(
          3, ("j" + uid + course).substring(0, Math.min(32, ("j" + uid + course).length())));
      assertEquals(1, insert.executeUpdate());
    }
  }
}
