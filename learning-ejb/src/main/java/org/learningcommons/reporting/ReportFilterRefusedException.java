package org.learningcommons.reporting;

import jakarta.ejb.ApplicationException;

/**
 * A filter the EJBs refuse (unknown department, course or table, a manager outside the line, a
 * choice out of range). An application exception, so callers receive it as it is rather than
 * wrapped in an EJBException; catch {@link InvalidReportFilterException} to handle it together with
 * the filter's own validation.
 */
@ApplicationException(rollback = true)
public class ReportFilterRefusedException extends InvalidReportFilterException {

  private static final long serialVersionUID = 1L;

  public ReportFilterRefusedException(String field, String message) {
    super(field, message);
  }
}
