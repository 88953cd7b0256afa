package org.learningcommons.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.time.Instant;

/**
 * The people of one team (the filter's manager's direct reports) with their figures; empty without
 * a manager filter. Exported as {@code compliance-people}; the caller checked the scope and filter
 * (see {@link ReportTable}).
 */
@Stateless
@LocalBean
@Local(ReportTable.class)
@PermitAll
public class CompliancePeopleTable extends ComplianceTable implements ReportTable {

  public static final String KEY = "compliance-people";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  ComplianceListing listing(ReportScope scope, ReportFilter filter, Instant now) {
    return filter.manager() == null
        ? ComplianceListing.people(scope, filter, "", now)
        : ComplianceListing.people(scope, filter, filter.manager(), now);
  }
}
