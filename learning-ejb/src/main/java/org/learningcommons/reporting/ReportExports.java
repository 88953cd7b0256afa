package org.learningcommons.reporting;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.people.Role;

/**
 * Exports any {@link ReportTable} as CSV, XLSX or PDF for the caller: finds the table by key,
 * scopes and checks the filter with {@link ReportGate}, streams the rows straight into the writer
 * and audits {@code REPORT_EXPORTED}. Nothing holds all rows: the table reads with a cursor and
 * every format writes as rows arrive.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class ReportExports {

  /** A table the caller may export, for choosers. */
  public record ExportableTable(String key, String report) {}

  /** What an export will produce, known before the first byte is written. */
  public record ExportPlan(String key, String report, long rows) {}

  @Inject @Any Instance<ReportTable> tables;
  @EJB ReportGate gate;
  @Inject AuditTrail audit;

  /** Every exportable table, in key order; refuses (403, audited) people without a scope. */
  public List<ExportableTable> tables() {
    gate.scope("exports");
    return all().stream()
        .map(t -> new ExportableTable(t.key(), t.report()))
        .sorted(Comparator.comparing(ExportableTable::key))
        .toList();
  }

  /** The table with this key (no caller needed: scheduled delivery looks tables up too). */
  @PermitAll
  public Optional<ReportTable> find(String key) {
    return all().stream().filter(t -> t.key().equals(key)).findFirst();
  }

  /**
   * Checks the caller may export {@code key} with {@code filter} and counts its rows: the API calls
   * it before the response starts, so that refusals and bad filters still get a problem document.
   *
   * @throws NotFoundException for an unknown table
   */
  public ExportPlan plan(String key, ReportFilter filter) {
    ReportTable table = table(key);
    ReportScope scope = gate.scope(table.report());
    gate.check(scope, filter);
    return new ExportPlan(table.key(), table.report(), table.count(scope, filter));
  }

  /**
   * Writes the table to {@code out} in {@code format} and audits the export.
   *
   * @param progress told the number of rows written so far, every 500 rows and at the end
   * @return the number of rows written
   */
  public long export(
      String key,
      ReportFilter filter,
      ExportFormat format,
      ReportLabels labels,
      OutputStream out,
      LongConsumer progress) {
    ReportTable table = table(key);
    ReportScope scope = gate.scope(table.report());
    gate.check(scope, filter);
    long rows = write(table, scope, filter, format, labels, out, progress);
    audit.record(
        new AuditEvent(
            Instant.now(),
            gate.caller(),
            AuditAction.REPORT_EXPORTED,
            table.key(),
            null,
            format.name() + ", " + rows + " rows, " + ReportQuery.of(filter.toParameters())));
    return rows;
  }

  /**
   * Writes a table for a scope decided by the caller (scheduled delivery uses the recipient's),
   * without auditing. Runs in the caller's transaction, which the table's cursor needs.
   */
  static long write(
      ReportTable table,
      ReportScope scope,
      ReportFilter filter,
      ExportFormat format,
      ReportLabels labels,
      OutputStream out,
      LongConsumer progress) {
    ExportWriter writer;
    try {
      writer = ExportWriter.open(format, labels.heading(table, filter), table.columns(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long[] written = new long[1];
    try {
      table.stream(
          scope,
          filter,
          row -> {
            try {
              writer.row(row);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            if (++written[0] % 500 == 0 && progress != null) {
              progress.accept(written[0]);
            }
          });
      writer.finish();
    } catch (IOException e) {
      writer.abandon();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      writer.abandon();
      throw e;
    }
    if (progress != null) {
      progress.accept(written[0]);
    }
    return written[0];
  }

  private ReportTable table(String key) {
    return find(key).orElseThrow(() -> new NotFoundException("report table", key));
  }

  private List<ReportTable> all() {
    return tables.stream().toList();
  }
}
