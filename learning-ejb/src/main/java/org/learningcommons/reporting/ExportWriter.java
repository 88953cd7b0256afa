package org.learningcommons.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes one table to a stream row by row while the table streams them, so that no format holds all
 * rows: CSV writes through, XLSX keeps a small window of rows in memory, PDF adds rows to the
 * document in chunks.
 */
public interface ExportWriter {

  void row(Object[] values) throws IOException;

  /** Completes the file (does not close the stream) and frees what the writer held. */
  void finish() throws IOException;

  /** Releases temporary resources when the export failed before {@link #finish}. */
  default void abandon() {}

  static ExportWriter open(
      ExportFormat format, ExportHeading heading, List<ReportColumn> columns, OutputStream out)
      throws IOException {
    return switch (format) {
      case CSV -> new ExportCsv(heading, columns, out);
      case XLSX -> new ExportXlsx(heading, columns, out);
      case PDF -> new ExportPdf(heading, columns, out);
    };
  }
}
