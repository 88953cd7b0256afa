package org.learningcommons.reporting;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only {@link #WINDOW} rows stay in memory, older ones go to
 * a compressed temporary file that {@link #finish} zips into the output and then deletes. Numbers
 * are numeric cells, dates and timestamps date cells, percentages fractions with a percent format,
 * so that people can sort, sum and chart the sheet.
 */
final class ExportXlsx implements ExportWriter {

  static final int WINDOW = 100;
  private static final Logger LOG = Logger.getLogger(ExportXlsx.class.getName());

  private final List<ReportColumn> columns;
  private final ExportHeading heading;
  private final OutputStream out;
  private final SXSSFWorkbook workbook;
  private final SXSSFSheet sheet;
  private final CellStyle[] styles;
  private int next = 1;

  ExportXlsx(ExportHeading heading, List<ReportColumn> columns, OutputStream out) {
    this.heading = heading;
    this.columns = columns;
    this.out = out;
    this.workbook = new SXSSFWorkbook(WINDOW);
    workbook.setCompressTempFiles(true);
    this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(heading.title()));
    this.styles = new CellStyle[columns.size()];
    for (int i = 0; i < styles.length; i++) {
      styles[i] = style(columns.get(i).type());
    }
    CellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row header = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(heading.columnTitles().get(i));
      cell.setCellStyle(bold);
      // Auto-sizing would need every row in memory; a width by type is good enough to read.
      sheet.setColumnWidth(i, 256 * width(columns.get(i).type()));
    }
    sheet.createFreezePane(0, 1);
  }

  @Override
  public void row(Object[] values) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < styles.length; i++) {
      Object value = values[i];
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      switch (columns.get(i).type()) {
        case TEXT -> cell.setCellValue(value.toString());
        case INTEGER, DECIMAL -> cell.setCellValue(ExportValues.decimal(value).doubleValue());
        case PERCENT -> cell.setCellValue(ExportValues.decimal(value).doubleValue() / 100);
        case DATE -> cell.setCellValue(ExportValues.date(value));
        case TIMESTAMP -> cell.setCellValue(ExportValues.timestamp(value, heading.zone()));
      }
      if (styles[i] != null) {
        cell.setCellStyle(styles[i]);
      }
    }
  }

  @Override
  public void finish() throws IOException {
    try {
      // The caller owns the stream (an HTTP response, a file): write, but do not close it.
      workbook.write(
          new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
              out.flush();
            }
          });
    } finally {
      abandon();
    }
  }

  @Override
  public void abandon() {
    try {
      // Closing a streaming workbook also deletes its temporary files.
      workbook.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "The temporary files of an XLSX export were not deleted", e);
    }
  }

  private CellStyle style(ReportColumn.Type type) {
    String format =
        switch (type) {
          case TEXT -> null;
          case INTEGER -> "0";
          case DECIMAL -> "#,##0.00";
          case PERCENT -> "0.0%";
          case DATE -> "yyyy-mm-dd";
          case TIMESTAMP -> "yyyy-mm-dd hh:mm:ss";
        };
    if (format == null) {
      return null;
    }
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  private static int width(ReportColumn.Type type) {
    return switch (type) {
      case TEXT -> 28;
      case TIMESTAMP -> 20;
      default -> 12;
    };
  }
}
