package org.learningcommons.reporting;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.infrastructure.persistence.SqlParams;
import org.learningcommons.people.Role;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/**
 * Scheduled delivery of a report table by mail, set up by HR, administrators and managers. The
 * filter is checked against the owner's scope when saved; recipients are people the owner may
 * report on (a manager: their line and themselves; HR and administrators: anyone active). What each
 * recipient receives is computed later with the recipient's own scope ({@link
 * ReportDeliveryBatch}). The first delivery goes at the next run after saving, then every week or
 * month.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class ReportSchedules {

  public static final int MAX_NAME = 120;
  public static final int MAX_RECIPIENTS = 50;

  /** What a person enters to schedule a report; {@code query} is the filter. */
  public record ScheduleInput(
      String name,
      String table,
      String query,
      ExportFormat format,
      DeliveryFrequency frequency,
      List<String> recipients) {}

  public record Schedule(
      long id,
      String owner,
      String name,
      String table,
      String query,
      ExportFormat format,
      DeliveryFrequency frequency,
      Instant nextRunAt,
      Instant lastRunAt,
      boolean active,
      List<String> recipients) {}

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB ReportGate gate;
  @EJB ReportExports exports;
  @Inject AuditTrail audit;

  /** The caller's schedules, newest first, with their recipients (two statements). */
  public Page<Schedule> list(@NotNull PageRequest page) {
    gate.scope("schedules");
    String owner = gate.caller();
    long total =
        ((Number)
                em.createNativeQuery("select count(*) from report_schedule where owner = ?1")
                    .setParameter(1, owner)
                    .getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                SELECT
                    + " where r.owner = ?1 order by r.created_at desc, r.id desc"
                    + " offset ?2 limit ?3")
            .setParameter(1, owner)
            .setParameter(2, page.offset())
            .setParameter(3, page.limit())
            .getResultList();
    return new Page<>(withRecipients(rows), total, page.offset());
  }

  public Schedule get(long id) {
    gate.scope("schedules");
    return withRecipients(own(id)).get(0);
  }

  public Schedule create(@NotNull ScheduleInput input) {
    Checked checked = check(input);
    Instant now = Instant.now();
    long id =
        ((Number)
                em.createNativeQuery(
                        "insert into report_schedule (owner, name, table_key, parameters, format,"
                            + " frequency, next_run_at, created_at)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) returning id")
                    .setParameter(1, gate.caller())
                    .setParameter(2, checked.name)
                    .setParameter(3, input.table())
                    .setParameter(4, checked.query)
                    .setParameter(5, input.format().name())
                    .setParameter(6, input.frequency().name())
                    .setParameter(7, Timestamp.from(now))
                    .getSingleResult())
            .longValue();
    addRecipients(id, checked.recipients);
    audited(AuditAction.REPORT_SCHEDULE_SAVED, id, checked);
    return get(id);
  }

  public Schedule update(long id, @NotNull ScheduleInput input) {
    own(id);
    Checked checked = check(input);
    em.createNativeQuery(
            "update report_schedule set name = ?1, table_key = ?2, parameters = ?3, format = ?4,"
                + " frequency = ?5, version = version + 1 where id = ?6")
        .setParameter(1, checked.name)
        .setParameter(2, input.table())
        .setParameter(3, checked.query)
        .setParameter(4, input.format().name())
        .setParameter(5, input.frequency().name())
        .setParameter(6, id)
        .executeUpdate();
    em.createNativeQuery("delete from report_schedule_recipient where schedule_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    addRecipients(id, checked.recipients);
    audited(AuditAction.REPORT_SCHEDULE_SAVED, id, checked);
    return get(id);
  }

  public void delete(long id) {
    own(id);
    em.createNativeQuery("delete from report_schedule where id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    audit.record(
        new AuditEvent(
            Instant.now(),
            gate.caller(),
            AuditAction.REPORT_SCHEDULE_DELETED,
            "report-schedule " + id,
            null,
            null));
  }

  static final String SELECT =
      "select r.id, r.owner, r.name, r.table_key, r.parameters, r.format, r.frequency,"
          + " r.next_run_at, r.last_run_at, r.active from report_schedule r";

  private record Checked(String name, String query, List<String> recipients) {}

  private Checked check(ScheduleInput input) {
    String name = input.name() == null ? "" : input.name().strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw new RejectedInputException(
          "name",
          "report.schedules.nameInvalid",
          "Give the schedule a name of at most " + MAX_NAME + " characters.",
          MAX_NAME);
    }
    if (input.format() == null) {
      throw new RejectedInputException(
          "format", "report.schedules.formatRequired", "Choose a format: CSV, XLSX or PDF.");
    }
    if (input.frequency() == null) {
      throw new RejectedInputException(
          "frequency", "report.schedules.frequencyRequired", "Choose WEEKLY or MONTHLY.");
    }
    ReportTable table =
        exports
            .find(input.table())
            .orElseThrow(
                () ->
                    new RejectedInputException(
                        "table",
                        "report.schedules.tableUnknown",
                        "There is no report table '" + input.table() + "'.",
                        String.valueOf(input.table())));
    ReportScope scope = gate.scope(table.report());
    String query = ReportQuery.normalise(input.query(), LocalDate.now());
    if (query.length() > ReportQuery.MAX_LENGTH) {
      throw new InvalidReportFilterException("query", "The filter is too long to save.");
    }
    gate.check(scope, ReportQuery.filter(query, LocalDate.now()));
    Set<String> recipients = new LinkedHashSet<>();
    if (input.recipients() != null) {
      for (String recipient : input.recipients()) {
        if (recipient != null && !recipient.isBlank()) {
          recipients.add(recipient.strip());
        }
      }
    }
    if (recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS) {
      throw new RejectedInputException(
          "recipients",
          "report.schedules.recipientsCount",
          "Name between 1 and " + MAX_RECIPIENTS + " recipients.",
          MAX_RECIPIENTS);
    }
    Set<String> allowed = allowedRecipients(scope, recipients);
    List<String> refused = recipients.stream().filter(r -> !allowed.contains(r)).toList();
    if (!refused.isEmpty()) {
      throw new RejectedInputException(
          "recipients",
          "report.schedules.recipientsRefused",
          "You cannot send reports to: " + String.join(", ", refused) + ".",
          String.join(", ", refused));
    }
    return new Checked(name, query, List.copyOf(recipients));
  }

  /** Of {@code wanted}, the active people the scope may send to (one statement). */
  private Set<String> allowedRecipients(ReportScope scope, Collection<String> wanted) {
    SqlParams params = new SqlParams();
    String list = String.join(", ", wanted.stream().map(params::add).toList());
    String sql;
    if (scope.isEveryone()) {
      sql = "select s.username from staff_member s where s.active and s.username in (" + list + ")";
    } else {
      sql =
          ScopeSql.with(scope.manager(), ReportFilter.defaults(LocalDate.now()), params)
              + " select s.username from scoped s where s.username in ("
              + list
              + ") union select m.username from staff_member m where m.active and m.username = "
              + params.add(scope.manager())
              + " and m.username in ("
              + list
              + ")";
    }
    Set<String> allowed = new LinkedHashSet<>();
    for (Object row : params.bind(em.createNativeQuery(sql)).getResultList()) {
      allowed.add((String) row);
    }
    return allowed;
  }

  private void addRecipients(long id, List<String> recipients) {
    SqlParams params = new SqlParams();
    String values =
        String.join(
            ", ",
            recipients.stream()
                .map(r -> "(" + params.add(id) + ", " + params.add(r) + ")")
                .toList());
    params
        .bind(
            em.createNativeQuery(
                "insert into report_schedule_recipient (schedule_id, username) values " + values))
        .executeUpdate();
  }

  private List<Object[]> own(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SELECT + " where r.id = ?1 and r.owner = ?2")
            .setParameter(1, id)
            .setParameter(2, gate.caller())
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("report schedule", id);
    }
    return rows;
  }

  private List<Schedule> withRecipients(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> recipients = new LinkedHashMap<>();
    SqlParams params = new SqlParams();
    List<String> ids = new ArrayList<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      recipients.put(id, new ArrayList<>());
      ids.add(params.add(id));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        params
            .bind(
                em.createNativeQuery(
                    "select schedule_id, username from report_schedule_recipient"
                        + " where schedule_id in ("
                        + String.join(", ", ids)
                        + ") order by username"))
            .getResultList();
    for (Object[] row : found) {
      recipients.get(((Number) row[0]).longValue()).add((String) row[1]);
    }
    return rows.stream()
        .map(r -> schedule(r, recipients.get(((Number) r[0]).longValue())))
        .toList();
  }

  static Schedule schedule(Object[] r, List<String> recipients) {
    return new Schedule(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        ExportFormat.valueOf(((String) r[5]).toUpperCase(Locale.ROOT)),
        DeliveryFrequency.valueOf((String) r[6]),
        instant(r[7]),
        instant(r[8]),
        Boolean.TRUE.equals(r[9]),
        List.copyOf(recipients));
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
  }

  private void audited(AuditAction action, long id, Checked checked) {
    audit.record(
        new AuditEvent(
            Instant.now(),
            gate.caller(),
            action,
            "report-schedule " + id,
            null,
            checked.name + ": " + String.join(", ", checked.recipients)));
  }
}
