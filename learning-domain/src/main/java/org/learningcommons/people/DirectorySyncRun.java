package org.learningcommons.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** One run of the directory sync, kept as history for the administrators' page. */
@Entity
@Table(name = "directory_sync_run")
@NamedQuery(
    name = DirectorySyncRun.FIND_RECENT,
    query = "select r from DirectorySyncRun r order by r.startedAt desc, r.id desc")
public class DirectorySyncRun {

  public static final String FIND_RECENT = "DirectorySyncRun.findRecent";

  public enum Trigger {
    SCHEDULE,
    STARTUP,
    MANUAL
  }

  public enum Status {
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_kind", nullable = false, length = 16)
  private Trigger trigger;

  @Column(name = "triggered_by", length = Usernames.MAX_LENGTH)
  private String triggeredBy;

  @Column(name = "node", length = 128)
  private String node;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  private int created;
  private int updated;
  private int unchanged;
  private int deactivated;

  @Column(length = 2000)
  private String message;

  @Version private long version;

  protected DirectorySyncRun() {}

  public DirectorySyncRun(Trigger trigger, String triggeredBy, String node, Instant startedAt) {
    this.trigger = Objects.requireNonNull(trigger);
    this.triggeredBy = triggeredBy;
    this.node = node;
    this.startedAt = Objects.requireNonNull(startedAt);
    this.status = Status.RUNNING;
  }

  public void succeeded(DirectoryReconciliation.Outcome outcome, Instant now) {
    this.created = outcome.newcomers().size();
    this.updated = outcome.updated();
    this.unchanged = outcome.unchanged();
    this.deactivated = outcome.deactivated();
    this.status = Status.SUCCEEDED;
    this.finishedAt = now;
  }

  public void failed(String reason, Instant now) {
    this.status = Status.FAILED;
    this.message = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    this.finishedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Trigger getTrigger() {
    return trigger;
  }

  public String getTriggeredBy() {
    return triggeredBy;
  }

  public String getNode() {
    return node;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public Status getStatus() {
    return status;
  }

  public int getCreated() {
    return created;
  }

  public int getUpdated() {
    return updated;
  }

  public int getUnchanged() {
    return unchanged;
  }

  public int getDeactivated() {
    return deactivated;
  }

  public String getMessage() {
    return message;
  }
}
