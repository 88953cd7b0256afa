package org.learningcommons.audit;

import java.time.Instant;

/** One audit entry for the administrators' page. */
public record AuditEntryView(
    Instant occurredAt,
    String actor,
    String action,
    String subject,
    String remoteAddress,
    String detail) {

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
