package org.learningcommons.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Exports, saved views and scheduled delivery as API clients and mail recipients notice them,
 * against two report tables only this deployment has ({@link ExportsTestTable}: one row per person
 * in scope with a column of every type; {@link ExportsBulkTable}: each person 10,000 times). Every
 * test builds its own people in departments named with a unique suffix.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportExportsIT {

  private static final String PASSWORD = DemoDirectory.PERSON_PASSWORD;
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final String TABLES = "api/v1/reports/tables/";
  private static final String VIEWS = "api/v1/reports/views";
  private static final String SCHEDULES = "api/v1/reports/schedules";
  private static final String PEOPLE = "exports-test-people";
  private static final String TRICKY = "Zoë \"Zed\" Müller,\nsecond line";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar()
        .addClasses(ExportsTestTable.class, ExportsBulkTable.class, ExportsTestRows.class)
        .addAsWebResource(
            new File("src/test/resources/reporting-it/exports-test.xhtml"),
            "reporting/exports-test.xhtml");
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Test
  void hrDownloadsTheTableAsCsvXlsxAndPdfWithTheDepartmentsRowsAndEveryType() throws Exception {
    String department = "Exports " + RUN;
    String first = newPerson("xa1" + RUN, department, null);
    String second = newPerson("xa2" + RUN, department, null);
    newPerson("xo1" + RUN, "Elsewhere " + RUN, null);
    rename(first, TRICKY);
    String query = "?department=" + encode(department);

    HttpResponse<byte[]> csv = api().download(TABLES + PEOPLE + ".csv" + query, "hannah", PASSWORD);
    assertEquals(200, csv.statusCode(), new String(csv.body(), StandardCharsets.UTF_8));
    assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    assertTrue(
        csv.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .matches("attachment; filename=\"exports-test-people-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
    List<CSVRecord> records = csv(csv.body());
    assertEquals(3, records.size(), records.toString());
    assertEquals("User name", records.get(0).get(0), "the column's title, from the bundle");
    assertEquals(List.of(first, second), List.of(records.get(1).get(0), records.get(2).get(0)));
    assertEquals(TRICKY, records.get(1).get(1));
    assertEquals("1", records.get(1).get(2));
    assertEquals("12.5", records.get(1).get(4));
    assertTrue(records.get(1).get(5).matches("\\d{4}-\\d{2}-\\d{2}"), records.get(1).get(5));
    assertTrue(
        records.get(1).get(6).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"),
        records.get(1).get(6));
    assertEquals("", records.get(1).get(7));

    HttpResponse<byte[]> xlsx =
        api().download(TABLES + PEOPLE + ".xlsx" + query, "hannah", PASSWORD);
    assertEquals(200, xlsx.statusCode());
    assertTrue(
        xlsx.headers().firstValue("Content-Type").orElseThrow().contains("spreadsheetml.sheet"));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertEquals(2, sheet.getLastRowNum());
      Row row = sheet.getRow(1);
      assertEquals(TRICKY, row.getCell(1).getStringCellValue());
      assertEquals(CellType.NUMERIC, row.getCell(2).getCellType());
      assertEquals(1, row.getCell(2).getNumericCellValue());
      assertEquals(0.125, row.getCell(4).getNumericCellValue(), 1e-9);
      assertEquals(CellType.NUMERIC, row.getCell(5).getCellType());
      assertNotNull(row.getCell(5).getLocalDateTimeCellValue());
      assertEquals(second, sheet.getRow(2).getCell(0).getStringCellValue());
    }

    HttpResponse<byte[]> pdf = api().download(TABLES + PEOPLE + ".pdf" + query, "hannah", PASSWORD);
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    PdfReader reader = new PdfReader(pdf.body());
    try {
      String text = new PdfTextExtractor(reader).getTextFromPage(1);
      assertTrue(text.contains(department), text);
      assertTrue(text.contains("Zoë \"Zed\" Müller,"), text);
      assertTrue(text.contains(second), text);
      assertTrue(text.contains("12.5 %"), text);
    } finally {
      reader.close();
    }

    Optional<String> audited = auditDetail("hannah", "REPORT_EXPORTED", PEOPLE, "PDF");
    assertTrue(audited.isPresent());
    assertTrue(audited.get().contains("2 rows"), audited.get());
    assertTrue(audited.get().contains("department="), audited.get());
  }

  @Test
  void aManagerExportsOnlyTheirLineAndCannotNameAnotherLine() throws Exception {
    String department = "Lines " + RUN;
    String boss = newPerson("xb1" + RUN, department, null);
    String report = newPerson("xb2" + RUN, department, boss);
    String deeper = newPerson("xb3" + RUN, department, report);
    String other = newPerson("xc1" + RUN, department, null);
    makeManager(boss);

    List<CSVRecord> rows =
        csv(
            api()
                .download(TABLES + PEOPLE + ".csv?department=" + encode(department), boss, PASSWORD)
                .body());
    List<String> names = rows.stream().skip(1).map(r -> r.get(0)).toList();
    assertEquals(List.of(report, deeper), names);

    HttpResponse<byte[]> refused =
        api().download(TABLES + PEOPLE + ".csv?manager=" + other, boss, PASSWORD);
    assertEquals(400, refused.statusCode());
    assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("reporting line"));
  }

  @Test
  void fiftyThousandRowsStreamCompletely() throws Exception {
    String department = "Bulk " + RUN;
    for (int i = 1; i <= 5; i++) {
      newPerson("xk" + i + RUN, department, null);
    }
    String path = TABLES + "exports-test-bulk.csv?department=" + encode(department);
    HttpResponse<byte[]> csv = api().download(path, "hannah", PASSWORD);
    assertEquals(200, csv.statusCode());
    List<CSVRecord> records = csv(csv.body());
    assertEquals(50_001, records.size());
    assertEquals("10000", records.get(50_000).get(2));

    HttpResponse<byte[]> xlsx =
        api()
            .download(
                TABLES + "exports-test-bulk.xlsx?department=" + encode(department),
                "hannah",
                PASSWORD);
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertEquals(50_000, workbook.getSheetAt(0).getLastRowNum());
    }
  }

  @Test
  void unknownTablesBadFiltersAndPlainStaffAreRefusedBeforeTheFileStarts() throws SQLException {
    String staff = newPerson("xs1" + RUN, "Refused " + RUN, null);

    HttpResponse<String> unknown = api().get(TABLES + "no-such-table.csv", "hannah", PASSWORD);
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.headers().firstValue("Content-Type").orElseThrow().contains("problem+json"));

    HttpResponse<String> backwards =
        api().get(TABLES + PEOPLE + ".xlsx?from=2025-05-01&to=2025-01-01", "hannah", PASSWORD);
    assertEquals(400, backwards.statusCode());
    assertTrue(
        backwards.headers().firstValue("Content-Type").orElseThrow().contains("problem+json"));
    assertTrue(Api.json(backwards).getString("detail").contains("after its last day"));

    HttpResponse<String> nowhere =
        api()
            .get(
                TABLES + PEOPLE + ".csv?department=" + encode("Nowhere " + RUN),
                "hannah",
                PASSWORD);
    assertEquals(400, nowhere.statusCode());
    assertTrue(Api.json(nowhere).getString("detail").contains("no department"));

    assertEquals(403, api().get(TABLES + PEOPLE + ".csv", staff, PASSWORD).statusCode());
    assertEquals(403, api().get("api/v1/reports/tables", staff, PASSWORD).statusCode());
    assertTrue(auditDetail(staff, "REPORT_ACCESS_DENIED", "exports-test", "").isPresent());

    HttpResponse<String> tables = api().get("api/v1/reports/tables", "hannah", PASSWORD);
    assertEquals(200, tables.statusCode());
    assertTrue(tables.body().contains("\"key\":\"" + PEOPLE + "\""), tables.body());
  }

  @Test
  void savedViewsAreEachPersonsOwnWithUniqueNames() throws SQLException {
    String department = "Views " + RUN;
    newPerson("xv1" + RUN, department, null);
    String body =
        "{\"report\":\"compliance\",\"name\":\"My team "
            + RUN
            + "\",\"query\":\"department="
            + encode(department)
            + "&course=\"}";
    HttpResponse<String> saved = api().postJson(VIEWS, "hannah", PASSWORD, body);
    assertEquals(201, saved.statusCode(), saved.body());
    JsonObject view = Api.json(saved);
    long id = view.getJsonNumber("id").longValue();
    assertEquals("department=" + encode(department), view.getString("query"));

    HttpResponse<String> mine = api().get(VIEWS + "?report=compliance", "hannah", PASSWORD);
    assertTrue(
        Api.json(mine).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(v -> v.getJsonNumber("id").longValue() == id));
    assertEquals(200, api().get(VIEWS + "/" + id, "hannah", PASSWORD).statusCode());

    HttpResponse<String> twice =
        api().postJson(VIEWS, "hannah", PASSWORD, body.replace("My team", "MY TEAM"));
    assertEquals(409, twice.statusCode(), twice.body());
    assertTrue(Api.json(twice).getString("detail").contains("already have a view"));

    HttpResponse<String> tooLong =
        api()
            .postJson(
                VIEWS,
                "hannah",
                PASSWORD,
                "{\"report\":\"compliance\",\"name\":\"" + "x".repeat(121) + "\",\"query\":\"\"}");
    assertEquals(400, tooLong.statusCode());
    HttpResponse<String> unnamed =
        api()
            .postJson(
                VIEWS,
                "hannah",
                PASSWORD,
                "{\"report\":\"compliance\",\"name\":\" \",\"query\":\"\"}");
    assertEquals(400, unnamed.statusCode());

    // Somebody else's view is not there for adam, whatever his role.
    assertEquals(404, api().get(VIEWS + "/" + id, "adam", PASSWORD).statusCode());
    assertEquals(404, api().delete(VIEWS + "/" + id, "adam", PASSWORD).statusCode());
    assertFalse(api().get(VIEWS, "adam", PASSWORD).body().contains("My team " + RUN));

    assertEquals(204, api().delete(VIEWS + "/" + id, "hannah", PASSWORD).statusCode());
    assertEquals(404, api().get(VIEWS + "/" + id, "hannah", PASSWORD).statusCode());
  }

  @Test
  void scheduledReportsReachEachRecipientWithTheirOwnScopeOnce() throws Exception {
    String department = "Schedules " + RUN;
    String boss = newPerson("xm1" + RUN, department, null);
    String report = newPerson("xm2" + RUN, department, boss);
    String deeper = newPerson("xm3" + RUN, department, report);
    String other = newPerson("xm4" + RUN, department, null);
    makeManager(boss);

    // A manager may only send to their line and themselves.
    HttpResponse<String> refused =
        api().postJson(SCHEDULES, boss, PASSWORD, schedule("Mine", List.of(report, other)));
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(Api.json(refused).getString("detail").contains(other));

    HttpResponse<String> created =
        api()
            .postJson(
                SCHEDULES,
                "hannah",
                PASSWORD,
                schedule("Weekly " + RUN, List.of(boss, "hannah", report)));
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();
    assertTrue(
        auditDetail("hannah", "REPORT_SCHEDULE_SAVED", "report-schedule " + id, "").isPresent());

    HttpResponse<String> run = api().post(SCHEDULES + "/run", "hannah", PASSWORD);
    assertEquals(200, run.statusCode(), run.body());

    String subject = "Weekly " + RUN + ": " + PEOPLE;
    List<String> managerRows = attachedRows(boss, subject);
    assertEquals(List.of(report, deeper), managerRows);
    List<String> hrRows = attachedRows("hannah", subject);
    assertEquals(List.of(boss, report, deeper, other), hrRows);
    // Plain staff get no report; the owner hears why.
    TestEnvironment.mail()
        .awaitMail(
            "hannah@",
            m -> m.subject().contains("Weekly " + RUN) && m.subject().contains("not everyone"),
            Duration.ofSeconds(20))
        .orElseThrow();
    assertEquals(0, queued(report, subject));
    assertTrue(auditDetail("hannah", "REPORT_DELIVERED", "report-schedule " + id, "").isPresent());

    // The period is delivered: running again sends nothing more.
    assertEquals(200, api().post(SCHEDULES + "/run", "hannah", PASSWORD).statusCode());
    assertEquals(1, queued(boss, subject));
    assertEquals(1, queued("hannah", subject));

    JsonObject stored = Api.json(api().get(SCHEDULES + "/" + id, "hannah", PASSWORD));
    assertTrue(stored.containsKey("lastRunAt"));
    assertEquals(403, api().post(SCHEDULES + "/run", boss, PASSWORD).statusCode());
    assertEquals(404, api().delete(SCHEDULES + "/" + id, boss, PASSWORD).statusCode());
    assertEquals(204, api().delete(SCHEDULES + "/" + id, "hannah", PASSWORD).statusCode());
    assertTrue(
        auditDetail("hannah", "REPORT_SCHEDULE_DELETED", "report-schedule " + id, "").isPresent());
  }

  @Test
  void aManagerExportsFromThePageWithProgressSavesAViewAndSchedulesTheReport() throws SQLException {
    String department = "Page " + RUN;
    String boss = newPerson("xp1" + RUN, department, null);
    newPerson("xp2" + RUN, department, boss);
    newPerson("xp3" + RUN, department, boss);
    makeManager(boss);
    try (Browser browser = new Browser(base)) {
      browser.signIn(boss, PASSWORD);
      browser.open("/reporting/exports-test.xhtml");
      browser.clickAndWaitForAjax(By.id("export-exports-test-people:export-xlsx"));
      browser.waitForText(
          By.id("export-exports-test-people:export-ready"), "Your file is ready. 2 of 2 rows");
      assertTrue(
          browser.waitFor(By.id("export-exports-test-people:export-download")).isDisplayed());

      browser.clickAndWaitForAjax(By.id("views-exports-test:views-save"));
      browser.type(By.id("views-exports-test:view-name"), "Page view " + RUN);
      browser.clickAndWaitForAjax(By.id("views-exports-test:view-save-confirm"));

      browser.open("/reporting/schedules.xhtml");
      browser.type(By.id("scheduleForm:schedule-name"), "From the page " + RUN);
      browser.type(By.id("scheduleForm:schedule-recipients"), boss);
      browser.clickAndWaitForAjax(By.id("scheduleForm:schedule-save"));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("schedulesForm:schedules"), "From the page " + RUN));
    }
    JsonObject mine = Api.json(api().get(SCHEDULES, boss, PASSWORD));
    assertEquals(1, mine.getInt("total"));
    JsonObject made = mine.getJsonArray("items").getJsonObject(0);
    assertEquals(List.of(boss), List.of(made.getJsonArray("recipients").getString(0)));
    // Not to be delivered by the other tests' runs.
    assertEquals(
        204,
        api()
            .delete(SCHEDULES + "/" + made.getJsonNumber("id").longValue(), boss, PASSWORD)
            .statusCode());
    // The background export ran as the manager, with the manager's scope.
    Optional<String> audited = auditDetail(boss, "REPORT_EXPORTED", PEOPLE, "XLSX");
    assertTrue(audited.isPresent());
    assertTrue(audited.get().contains("2 rows"), audited.get());
    JsonObject views = Api.json(api().get(VIEWS + "?report=exports-test", boss, PASSWORD));
    assertEquals(1, views.getInt("total"));
  }

  private String schedule(String name, List<String> recipients) {
    return "{\"name\":\""
        + name
        + "\",\"table\":\""
        + PEOPLE
        + "\",\"query\":\"department="
        + encode("Schedules " + RUN)
        + "\",\"format\":\"csv\",\"frequency\":\"WEEKLY\",\"recipients\":["
        + String.join(",", recipients.stream().map(r -> "\"" + r + "\"").toList())
        + "]}";
  }

  /** The user names in the CSV attached to the mail with {@code subject} to {@code user}. */
  private static List<String> attachedRows(String user, String subject) throws Exception {
    String address = user + "@learningcommons.example";
    TestEnvironment.mail()
        .awaitMail(address, m -> subject.equals(m.subject()), Duration.ofSeconds(20))
        .orElseThrow(() -> new AssertionError("no mail " + subject + " to " + address));
    List<MimeMessage> mails =
        TestEnvironment.mail().receivedBy(address).stream()
            .filter(m -> subject.equals(subjectOf(m)))
            .toList();
    assertEquals(1, mails.size());
    byte[] file = attachment(mails.get(0));
    return csv(file).stream().skip(1).map(r -> r.get(0)).toList();
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] attachment(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        assertTrue(part.getFileName().endsWith(".csv"), part.getFileName());
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no attachment");
  }

  private static List<CSVRecord> csv(byte[] file) throws IOException {
    assertEquals((byte) 0xEF, file[0], "UTF-8 byte order mark");
    try (CSVParser parser =
        CSVParser.parse(
            new InputStreamReader(
                new ByteArrayInputStream(file, 3, file.length - 3), StandardCharsets.UTF_8),
            CSVFormat.EXCEL)) {
      return new ArrayList<>(parser.getRecords());
    }
  }

  private String newPerson(String uid, String department, String manager) {
    TestEnvironment.directory().addPerson(uid, "Test " + uid, department, "Engineer", manager);
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
    return uid;
  }

  /** Makes {@code uid} a manager; the role is recorded at the next sign-in. */
  private void makeManager(String uid) {
    TestEnvironment.directory().addToGroup(uid, "LC-Managers");
    assertEquals(200, api().get("api/v1/me", uid, PASSWORD).statusCode());
  }

  private static void rename(String uid, String displayName) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement update =
            db.prepareStatement("update staff_member set display_name = ? where username = ?")) {
      update.setString(1, displayName);
      update.setString(2, uid);
      assertEquals(1, update.executeUpdate());
    }
  }

  private static long queued(String recipient, String subject) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement query =
            db.prepareStatement(
                "select count(*) from mail_outbox where recipient = ? and subject = ?")) {
      query.setString(1, recipient);
      query.setString(2, subject);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static Optional<String> auditDetail(
      String actor, String action, String subject, String detailPart) throws SQLException {
    try (Connection db = TestEnvironment.database().connect();
        PreparedStatement query =
            db.prepareStatement(
                "select coalesce(detail, '') from audit_event where actor = ? and action = ?"
                    + " and subject = ? order by id desc")) {
      query.setString(1, actor);
      query.setString(2, action);
      query.setString(3, subject);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (rows.getString(1).contains(detailPart)) {
            return Optional.of(rows.getString(1));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
