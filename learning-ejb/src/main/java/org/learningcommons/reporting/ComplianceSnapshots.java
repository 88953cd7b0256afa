package org.learningcommons.reporting;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.infrastructure.persistence.JobLeases;
import org.learningcommons.infrastructure.persistence.SqlParams;
import org.learningcommons.people.Role;

/**
 * The monthly compliance snapshots behind the trend. Taking one writes the current month's rows of
 * {@code compliance_snapshot} (one per direct manager, department and course, over everybody) in
 * one set-based upsert, then removes the month's rows that no longer exist (a team that was
 * dissolved this month): the month's figures are those of its last snapshot, and earlier months
 * never change.
 */
@Stateless
@RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
public class ComplianceSnapshots {

  static final String JOB = "compliance-snapshot";

  private static final Logger LOG = Logger.getLogger(ComplianceSnapshots.class.getName());
  private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Resource SessionContext context;

  @EJB JobLeases leases;

  @Inject AuditTrail audit;

  /** The timer's run: only the node that gets the lease for {@code interval} takes the snapshot. */
  @PermitAll
  public void takeScheduled(Duration interval) {
    if (leases.claim(JOB, interval.minusMinutes(5), NODE)) {
      ComplianceSnapshotRun run = take();
      LOG.info(() -> "Compliance snapshot of " + run.month() + ": " + run.rows() + " rows");
    }
  }

  /** "Take a snapshot now" for HR and administrators; audited. */
  public ComplianceSnapshotRun takeNow() {
    ComplianceSnapshotRun run = take();
    audit.record(
        new AuditEvent(
            run.takenAt(),
            context.getCallerPrincipal().getName(),
            AuditAction.COMPLIANCE_SNAPSHOT_TAKEN,
            run.month().toString(),
            null,
            run.rows() + " rows"));
    return run;
  }

  /** The month's rows of every (direct manager, department, course), inserted or updated. */
  static String upsertSql(LocalDate month, SqlParams params, Instant now) {
    return ComplianceSql.requirements(
            ReportScope.everyone(), ReportFilter.defaults(LocalDate.now()), params, now)
        + " insert into compliance_snapshot (month, manager_username, department, course_id,"
        + " required, compliant, overdue, taken_at) select cast("
        + params.add(month)
        + " as date), coalesce(t.manager_username, ''), coalesce(t.department, ''), t.course_id,"
        + ComplianceSql.FIGURES
        + ", cast("
        + params.add(now)
        + " as timestamptz) from st t group by 2, 3, 4"
        + " on conflict (month, manager_username, department, course_id) do update"
        + " set required = excluded.required, compliant = excluded.compliant,"
        + " overdue = excluded.overdue, taken_at = excluded.taken_at";
  }

  private ComplianceSnapshotRun take() {
    Instant now = Instant.now();
    LocalDate month = LocalDate.now().withDayOfMonth(1);
    SqlParams params = new SqlParams();
    String sql = upsertSql(month, params, now);
    int rows = params.bind(em.createNativeQuery(sql)).executeUpdate();
    em.createNativeQuery(
            "delete from compliance_snapshot where month = ?1 and taken_at < cast(?2 as timestamptz)")
        .setParameter(1, java.sql.Date.valueOf(month))
        .setParameter(2, org.learningcommons.infrastructure.persistence.NativeRows.timestamp(now))
        .executeUpdate();
    return new ComplianceSnapshotRun(month, rows, now);
  }
}
