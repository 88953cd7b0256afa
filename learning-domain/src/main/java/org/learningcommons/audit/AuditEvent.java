package org.learningcommons.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One entry of the audit trail. Written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  public static final int MAX_DETAIL = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  /** Who acted: a username, or the name typed at a failed sign-in. */
  @Column(length = 256, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 64, updatable = false)
  private AuditAction action;

  /** What the action was about, e.g. the account or profile concerned. */
  @Column(length = 256, updatable = false)
  private String subject;

  @Column(name = "remote_address", length = 64, updatable = false)
  private String remoteAddress;

  @Column(length = MAX_DETAIL, updatable = false)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      String actor,
      AuditAction action,
      String subject,
      String remoteAddress,
      String detail) {
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actor = truncate(actor, 256);
    this.action = Objects.requireNonNull(action);
    this.subject = truncate(subject, 256);
    this.remoteAddress = truncate(remoteAddress, 64);
    this.detail = truncate(detail, MAX_DETAIL);
  }

  private static String truncate(String value, int max) {
    if (value == null) {
      return null;
    }
    String clean = value.replace('\0', '?');
    return clean.length() <= max ? clean : clean.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getRemoteAddress() {
    return remoteAddress;
  }

  public String getDetail() {
    return detail;
  }
}
