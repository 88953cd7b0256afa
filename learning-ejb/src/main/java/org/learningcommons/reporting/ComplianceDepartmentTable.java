package org.learningcommons.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.time.Instant;

/**
 * Compliance per department of the people in scope. Exported as {@code compliance-departments}; the
 * caller checked the scope and filter (see {@link ReportTable}).
 */
@Stateless
@LocalBean
@Local(ReportTable.class)
@PermitAll
public class ComplianceDepartmentTable extends ComplianceTable implements ReportTable {

  public static final String KEY = "compliance-departments";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  ComplianceListing listing(ReportScope scope, ReportFilter filter, Instant now) {
    return ComplianceListing.departments(scope, filter, now);
  }
}
