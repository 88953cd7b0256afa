package org.learningcommons.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.time.Instant;

/**
 * Overdue requirements, the longest overdue first. Exported as {@code compliance-overdue}; the
 * caller checked the scope and filter (see {@link ReportTable}).
 */
@Stateless
@LocalBean
@Local(ReportTable.class)
@PermitAll
public class ComplianceOverdueTable extends ComplianceTable implements ReportTable {

  public static final String KEY = "compliance-overdue";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  ComplianceListing listing(ReportScope scope, ReportFilter filter, Instant now) {
    return ComplianceListing.overdue(scope, filter, now);
  }
}
