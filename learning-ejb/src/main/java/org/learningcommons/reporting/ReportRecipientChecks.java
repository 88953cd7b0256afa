package org.learningcommons.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;

/**
 * Checks a scheduled report's filter against one recipient's scope in a transaction of its own: the
 * gate's refusal is a system exception that would otherwise doom the delivery's transaction and
 * with it every other recipient's mail.
 */
@Stateless
@PermitAll
public class ReportRecipientChecks {

  @EJB ReportGate gate;

  /** Why the filter does not fit the scope, or empty when it does. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<String> refusal(ReportScope scope, ReportFilter filter) {
    try {
      gate.check(scope, filter);
      return Optional.empty();
    } catch (EJBException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return Optional.of(String.valueOf(cause.getMessage()));
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }
}
