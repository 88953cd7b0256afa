package org.learningcommons.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Measures the heap an export of 50,000 rows needs (docs/benchmarks.md, "Reporting (issue 7):
 * exports"); not a test. Run with {@code -Xmx256m} to show that it fits: for each format it writes
 * the rows to a stream that counts and drops the bytes, sampling the used heap every 1,000 rows.
 */
public final class ExportMemoryHarness {

  private ExportMemoryHarness() {}

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    List<ReportColumn> columns = ExportWritersTestData.COLUMNS;
    ExportHeading heading = ExportWritersTestData.HEADING;
    Runtime runtime = Runtime.getRuntime();
    for (ExportFormat format : ExportFormat.values()) {
      System.gc();
      long before = runtime.totalMemory() - runtime.freeMemory();
      long peak = before;
      long[] bytes = new long[1];
      OutputStream sink =
          new OutputStream() {
            @Override
            public void write(int b) {
              bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
              bytes[0] += len;
            }
          };
      long started = System.nanoTime();
      ExportWriter writer = ExportWriter.open(format, heading, columns, sink);
      for (int i = 0; i < rows; i++) {
        writer.row(
            new Object[] {
              "Person " + i + ", Müller \"Zed\"",
              (long) i,
              new BigDecimal(i).movePointLeft(2),
              (i % 1000) / 10.0,
              LocalDate.of(2025, 1, 1).plusDays(i % 365),
              Instant.parse("2025-01-01T08:00:00Z").plusSeconds(i * 60L)
            });
        if (i % 1000 == 0) {
          peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
        }
      }
      writer.finish();
      peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
      System.gc();
      long after = runtime.totalMemory() - runtime.freeMemory();
      System.out.printf(
          "%s: %,d rows, %,d bytes, %d ms, heap before %d MB, peak %d MB (growth %d MB),"
              + " after %d MB, max heap %d MB%n",
          format,
          rows,
          bytes[0],
          (System.nanoTime() - started) / 1_000_000,
          before >> 20,
          peak >> 20,
          (peak - before) >> 20,
          after >> 20,
          runtime.maxMemory() >> 20);
    }
  }

  /** The columns and heading of the harness, in the shape of a real table. */
  static final class ExportWritersTestData {
    static final List<ReportColumn> COLUMNS =
        List.of(
            new ReportColumn("name", ReportColumn.Type.TEXT),
            new ReportColumn("count", ReportColumn.Type.INTEGER),
            new ReportColumn("hours", ReportColumn.Type.DECIMAL),
            new ReportColumn("rate", ReportColumn.Type.PERCENT),
            new ReportColumn("due", ReportColumn.Type.DATE),
            new ReportColumn("seen", ReportColumn.Type.TIMESTAMP));
    static final ExportHeading HEADING =
        new ExportHeading(
            "Overdue training",
            List.of("Name", "Count", "Hours", "Rate", "Due", "Seen"),
            "Department: Sales",
            ZoneId.of("Europe/Berlin"));

    private ExportWritersTestData() {}
  }
}
