package org.learningcommons.audit;

import java.util.List;
import org.learningcommons.shared.PageRequest;

/** The audit trail. */
public interface AuditTrail {

  void record(AuditEvent event);

  long count();

  /** One page, newest first. */
  List<AuditEvent> list(PageRequest page);
}
