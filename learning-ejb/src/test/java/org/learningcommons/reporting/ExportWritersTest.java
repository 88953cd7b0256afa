package org.learningcommons.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportWritersTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final List<ReportColumn> COLUMNS =
      List.of(
          new ReportColumn("name", ReportColumn.Type.TEXT),
          new ReportColumn("count", ReportColumn.Type.INTEGER),
          new ReportColumn("hours", ReportColumn.Type.DECIMAL),
          new ReportColumn("rate", ReportColumn.Type.PERCENT),
          new ReportColumn("due", ReportColumn.Type.DATE),
          new ReportColumn("seen", ReportColumn.Type.TIMESTAMP));
  private static final ExportHeading HEADING =
      new ExportHeading(
          "Überfällige Schulungen",
          List.of("Name", "Anzahl", "Stunden", "Quote", "Fällig", "Zuletzt"),
          "Abteilung: Vertrieb",
          BERLIN);
  private static final String TRICKY = "Müller, \"Jö\"\nzweite Zeile";
  private static final Instant SEEN = Instant.parse("2025-03-01T10:15:30Z");

  private static final Object[] FIRST = {
    TRICKY, 42L, new BigDecimal("7.25"), 87.5, LocalDate.of(2025, 4, 30), SEEN
  };
  private static final Object[] SECOND = {"Ådne Øster", 0, null, null, null, null};

  @Test
  void csvHasABomATitleHeaderAndQuotedSpecialCharacters() throws IOException {
    byte[] file = write(ExportFormat.CSV, FIRST, SECOND);
    assertEquals((byte) 0xEF, file[0]);
    assertEquals((byte) 0xBB, file[1]);
    assertEquals((byte) 0xBF, file[2]);
    try (CSVParser parser =
        CSVParser.parse(
            new InputStreamReader(
                new ByteArrayInputStream(file, 3, file.length - 3), StandardCharsets.UTF_8),
            CSVFormat.EXCEL)) {
      List<CSVRecord> records = parser.getRecords();
      assertEquals(3, records.size());
      assertEquals(HEADING.columnTitles(), records.get(0).toList());
      assertEquals(
          List.of(TRICKY, "42", "7.25", "87.5", "2025-04-30", "2025-03-01 11:15:30"),
          records.get(1).toList());
      assertEquals(List.of("Ådne Øster", "0", "", "", "", ""), records.get(2).toList());
    }
  }

  @Test
  void xlsxHasABoldFrozenHeaderNumericCellsAndDateCells() throws IOException {
    byte[] file = write(ExportFormat.XLSX, FIRST, SECOND);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertEquals("Überfällige Schulungen", sheet.getSheetName());
      Row header = sheet.getRow(0);
      assertEquals("Fällig", header.getCell(4).getStringCellValue());
      assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
      Row row = sheet.getRow(1);
      assertEquals(TRICKY, row.getCell(0).getStringCellValue());
      assertEquals(CellType.NUMERIC, row.getCell(1).getCellType());
      assertEquals(42, row.getCell(1).getNumericCellValue());
      assertEquals(7.25, row.getCell(2).getNumericCellValue());
      Cell rate = row.getCell(3);
      assertEquals(0.875, rate.getNumericCellValue(), 1e-9);
      assertEquals("0.0%", rate.getCellStyle().getDataFormatString());
      assertEquals(LocalDateTime.of(2025, 4, 30, 0, 0), row.getCell(4).getLocalDateTimeCellValue());
      assertEquals("yyyy-mm-dd", row.getCell(4).getCellStyle().getDataFormatString());
      assertEquals(
          LocalDateTime.of(2025, 3, 1, 11, 15, 30), row.getCell(5).getLocalDateTimeCellValue());
      Row second = sheet.getRow(2);
      assertEquals(0, second.getCell(1).getNumericCellValue());
      assertEquals(null, second.getCell(2));
      assertEquals(2, sheet.getLastRowNum());
    }
  }

  @Test
  void pdfShowsTitleFilterHeaderOnEveryPageAndTheValues() throws IOException {
    Object[][] rows = new Object[120][];
    rows[0] = FIRST;
    for (int i = 1; i < rows.length; i++) {
      rows[i] = new Object[] {"Person " + i, (long) i, null, 50, LocalDate.of(2025, 1, 1), null};
    }
    byte[] file = write(ExportFormat.PDF, rows);
    PdfReader reader = new PdfReader(file);
    try {
      assertTrue(reader.getNumberOfPages() > 1, "several pages");
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      String first = extractor.getTextFromPage(1);
      assertTrue(first.contains("Überfällige Schulungen"), first);
      assertTrue(first.contains("Abteilung: Vertrieb"), first);
      assertTrue(first.contains("Müller, \"Jö\""), first);
      assertTrue(first.contains("87.5 %"), first);
      assertTrue(first.contains("2025-03-01 11:15:30"), first);
      String last = extractor.getTextFromPage(reader.getNumberOfPages());
      assertTrue(last.contains("Fällig"), "header repeated: " + last);
      assertTrue(last.contains("Person 119"), last);
    } finally {
      reader.close();
    }
  }

  @Test
  void anEmptyTableStillHasItsHeader() throws IOException {
    for (ExportFormat format : ExportFormat.values()) {
      assertTrue(write(format).length > 0, format.name());
    }
    String csv = new String(write(ExportFormat.CSV), StandardCharsets.UTF_8);
    assertEquals("\uFEFFName,Anzahl,Stunden,Quote,Fällig,Zuletzt\r\n", csv);
  }

  private static byte[] write(ExportFormat format, Object[]... rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportWriter writer = ExportWriter.open(format, HEADING, COLUMNS, out);
    for (Object[] row : rows) {
      writer.row(row);
    }
    writer.finish();
    return out.toByteArray();
  }
}
