package org.learningcommons.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Future;
import org.learningcommons.people.Role;

/**
 * Reads the dashboard's stored months in a transaction and connection of its own, while the live
 * figures are computed, so that the two statements run side by side. Only for {@link
 * ComplianceReports#dashboard}, which has checked the scope and the filter and passes the line.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class ComplianceTrend {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  /**
   * @param root the line's manager, or null for everyone
   * @param line everyone below {@code root}, or null for everyone
   */
  @Asynchronous
  public Future<List<ComplianceMonth>> months(String root, String[] line, ReportFilter filter) {
    Connection connection = em.unwrap(Connection.class);
    try {
      ComplianceDashboardQuery.settings(connection);
      return new AsyncResult<>(ComplianceDashboardQuery.months(connection, root, line, filter));
    } catch (SQLException e) {
      throw new IllegalStateException("The compliance trend failed", e);
    }
  }
}
