package org.learningcommons.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.time.Instant;

/**
 * Compliance per team (direct manager) within the filter's department or manager line. Exported as
 * {@code compliance-teams}; the caller checked the scope and filter (see {@link ReportTable}).
 */
@Stateless
@LocalBean
@Local(ReportTable.class)
@PermitAll
public class ComplianceTeamTable extends ComplianceTable implements ReportTable {

  public static final String KEY = "compliance-teams";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  ComplianceListing listing(ReportScope scope, ReportFilter filter, Instant now) {
    return ComplianceListing.teams(scope, filter, now);
  }
}
