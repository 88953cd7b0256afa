package org.learningcommons.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.time.Instant;

/**
 * Compliance per course among the people in scope. Exported as {@code compliance-courses}; the
 * caller checked the scope and filter (see {@link ReportTable}).
 */
@Stateless
@LocalBean
@Local(ReportTable.class)
@PermitAll
public class ComplianceCourseTable extends ComplianceTable implements ReportTable {

  public static final String KEY = "compliance-courses";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  ComplianceListing listing(ReportScope scope, ReportFilter filter, Instant now) {
    return ComplianceListing.courses(scope, filter, now);
  }
}
