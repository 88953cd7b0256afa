package org.learningcommons.reporting;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.infrastructure.persistence.SqlParams;
import org.learningcommons.people.Role;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/**
 * A person's named filters of a report. Everyone sees and changes only their own: somebody else's
 * view answers like one that does not exist. Saving checks the filter against the caller's scope,
 * as opening the report would.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class SavedReportViews {

  public static final int MAX_NAME = 120;
  private static final Pattern REPORT = Pattern.compile("[a-z0-9-]{1,64}");

  /** A saved view; {@code query} is the filter as a URL query string. */
  public record SavedView(long id, String name, String report, String query, Instant createdAt) {}

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB ReportGate gate;

  /** The caller's views, of one report or (report null) of all, by name. */
  public Page<SavedView> list(String report, @NotNull PageRequest page) {
    SqlParams params = new SqlParams();
    String where = " where v.owner = " + params.add(gate.caller());
    if (report != null && !report.isBlank()) {
      where += " and v.report = " + params.add(report);
    }
    long total =
        ((Number)
                params
                    .bind(em.createNativeQuery("select count(*) from saved_report_view v" + where))
                    .getSingleResult())
            .longValue();
    String sql =
        "select v.id, v.name, v.report, v.parameters, v.created_at from saved_report_view v"
            + where
            + " order by lower(v.name), v.id offset "
            + params.add(page.offset())
            + " limit "
            + params.add(page.limit());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = params.bind(em.createNativeQuery(sql)).getResultList();
    return new Page<>(rows.stream().map(SavedReportViews::view).toList(), total, page.offset());
  }

  public SavedView get(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select v.id, v.name, v.report, v.parameters, v.created_at"
                    + " from saved_report_view v where v.id = ?1 and v.owner = ?2")
            .setParameter(1, id)
            .setParameter(2, gate.caller())
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("saved view", id);
    }
    return view(rows.get(0));
  }

  /**
   * Saves the filter under a name.
   *
   * @throws RejectedInputException for a missing, too long or taken name (field {@code name})
   */
  public SavedView save(String report, String name, String query) {
    if (report == null || !REPORT.matcher(report).matches()) {
      throw new RejectedInputException(
          "report", "report.views.report", "Name the report, e.g. compliance.");
    }
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      throw new RejectedInputException(
          "name", "report.views.nameRequired", "Give the view a name.");
    }
    if (trimmed.length() > MAX_NAME) {
      throw new RejectedInputException(
          "name",
          "report.views.nameTooLong",
          "A view's name has at most " + MAX_NAME + " characters.",
          MAX_NAME);
    }
    String normalised = ReportQuery.normalise(query, LocalDate.now());
    if (normalised.length() > ReportQuery.MAX_LENGTH) {
      throw new InvalidReportFilterException("query", "The filter is too long to save.");
    }
    gate.check(gate.scope(report), ReportQuery.filter(normalised, LocalDate.now()));
    Instant now = Instant.now();
    @SuppressWarnings("unchecked")
    List<Object> id =
        em.createNativeQuery(
                "insert into saved_report_view (owner, name, report, parameters, created_at,"
                    + " updated_at) values (?1, ?2, ?3, ?4, ?5, ?5)"
                    + " on conflict (owner, report, lower(name)) do nothing returning id")
            .setParameter(1, gate.caller())
            .setParameter(2, trimmed)
            .setParameter(3, report)
            .setParameter(4, normalised)
            .setParameter(5, Timestamp.from(now))
            .getResultList();
    if (id.isEmpty()) {
      throw new RejectedInputException(
          "name",
          "report.views.nameTaken",
          "You already have a view named '" + trimmed + "' for this report.",
          trimmed);
    }
    return new SavedView(((Number) id.get(0)).longValue(), trimmed, report, normalised, now);
  }

  public void delete(long id) {
    int deleted =
        em.createNativeQuery("delete from saved_report_view where id = ?1 and owner = ?2")
            .setParameter(1, id)
            .setParameter(2, gate.caller())
            .executeUpdate();
    if (deleted == 0) {
      throw new NotFoundException("saved view", id);
    }
  }

  private static SavedView view(Object[] row) {
    return new SavedView(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        (String) row[3],
        row[4] instanceof Timestamp t ? t.toInstant() : (Instant) row[4]);
  }
}
