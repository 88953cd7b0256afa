package org.learningcommons.audit;

import java.io.Serializable;
import java.time.Instant;

/** One audit entry for the administrators' page. */
public record AuditEntryView(
    Instant occurredAt,
    String actor,
    String action,
    String subject,
    String remoteAddress,
    String detail)
    implements Serializable {

  static AuditEntryView of(AuditEvent event) {
    return new AuditEntryView(
        event.getOccurredAt(),
        event.getActor(),
        event.getAction().name(),
        event.getSubject(),
        event.getRemoteAddress(),
        event.getDetail());
  }
}
