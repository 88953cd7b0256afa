package org.learningcommons.reporting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;

/**
 * Writes the audit entry of a refused report in its own transaction, so that it stays when the
 * refusal rolls the caller's transaction back.
 */
@Stateless
public class ReportDenials {

  @Inject AuditTrail audit;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String username, String report) {
    audit.record(
        new AuditEvent(
            Instant.now(),
            username,
            AuditAction.REPORT_ACCESS_DENIED,
            report,
            null,
            "no HR, administrator or manager role"));
  }
}
