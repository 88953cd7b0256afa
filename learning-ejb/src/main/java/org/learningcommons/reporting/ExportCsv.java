package org.learningcommons.reporting;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Excel opens it: UTF-8 with a byte order mark (without it Excel reads umlauts as Latin-1),
 * CRLF line ends, a header row of column titles, values quoted where they need it.
 */
final class ExportCsv implements ExportWriter {

  private final List<ReportColumn> columns;
  private final ExportHeading heading;
  private final BufferedWriter writer;
  private final CSVPrinter printer;
  private final Object[] cells;

  ExportCsv(ExportHeading heading, List<ReportColumn> columns, OutputStream out)
      throws IOException {
    this.heading = heading;
    this.columns = columns;
    this.cells = new Object[columns.size()];
    this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16384);
    writer.write('\uFEFF');
    this.printer = new CSVPrinter(writer, CSVFormat.EXCEL);
    printer.printRecord(heading.columnTitles());
  }

  @Override
  public void row(Object[] values) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      String text = ExportValues.text(values[i], columns.get(i).type(), heading.zone());
      cells[i] = text == null ? "" : text;
    }
    printer.printRecord(cells);
  }

  @Override
  public void finish() throws IOException {
    printer.flush();
    writer.flush();
  }
}
