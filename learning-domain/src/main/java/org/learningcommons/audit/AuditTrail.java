package org.learningcommons.audit;

import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/** The audit trail. */
public interface AuditTrail {

  void record(AuditEvent event);

  /** Newest first. */
  Page<AuditEvent> recent(PageRequest page);
}
