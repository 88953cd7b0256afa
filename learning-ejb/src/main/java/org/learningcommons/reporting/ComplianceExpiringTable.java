package org.learningcommons.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.time.Instant;

/**
 * Valid completions that expire within 90 days, the soonest first. Exported as {@code
 * compliance-expiring}; the caller checked the scope and filter (see {@link ReportTable}).
 */
@Stateless
@LocalBean
@Local(ReportTable.class)
@PermitAll
public class ComplianceExpiringTable extends ComplianceTable implements ReportTable {

  public static final String KEY = "compliance-expiring";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  ComplianceListing listing(ReportScope scope, ReportFilter filter, Instant now) {
    return ComplianceListing.expiring(scope, filter, 90, now);
  }
}
