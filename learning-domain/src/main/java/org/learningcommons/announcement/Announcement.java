package org.learningcommons.announcement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.learningcommons.people.Role;

/**
 * Something HR, an administrator or a community moderator tells an audience. The body is HTML that
 * has already passed the sanitiser; it is never stored unsanitised. The phase (draft, scheduled,
 * active, expired) follows from publish-at and expire-at, so nothing has to run at those moments.
 *
 * <p>The audience is kept in one flag and four child tables, one per criterion, so that the home
 * page finds a person's announcements from the person's side (their department, roles, communities
 * and managers) by index lookups instead of testing every announcement.
 */
@Entity
@Table(name = "announcement")
public class Announcement {

  public static final int MAX_TITLE = 200;

  /** About 200 KB of formatted text, as for posts. */
  public static final int MAX_BODY = 200_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Priority priority;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "publish_at")
  private Instant publishAt;

  @Column(name = "expire_at")
  private Instant expireAt;

  @Column(nullable = false)
  private boolean pinned;

  @Column(name = "acknowledgement_required", nullable = false)
  private boolean acknowledgementRequired;

  @Column(name = "acknowledgement_due_at")
  private Instant acknowledgementDueAt;

  /**
   * Acknowledgements given at or before this moment no longer count: the text changed materially
   * since. Keeping the moment instead of clearing receipts makes a reset one row update for an
   * audience of 50,000 and keeps the earlier acknowledgements as history.
   */
  @Column(name = "acknowledgements_reset_at")
  private Instant acknowledgementsResetAt;

  @Column(name = "edited_by")
  private String editedBy;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Column(name = "audience_everyone", nullable = false)
  private boolean audienceEveryone;

  /** Published without notifying the audience: the announcement timer never announces it. */
  @Column(nullable = false)
  private boolean quiet;

  /**
   * When the audience was told that the announcement appeared: at publication when it appears at
   * once, otherwise by the announcement timer at publish-at. Null while nobody was told.
   */
  @Column(name = "notified_at")
  private Instant notifiedAt;

  @ElementCollection
  @CollectionTable(
      name = "announcement_department",
      joinColumns = @JoinColumn(name = "announcement_id"))
  @Column(name = "department", nullable = false)
  private Set<String> audienceDepartments = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "announcement_role", joinColumns = @JoinColumn(name = "announcement_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 16)
  private Set<Role> audienceRoles = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "announcement_community",
      joinColumns = @JoinColumn(name = "announcement_id"))
  @Column(name = "community_id", nullable = false)
  private Set<Long> audienceCommunityIds = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "announcement_reporting_line",
      joinColumns = @JoinColumn(name = "announcement_id"))
  @Column(name = "manager_username", nullable = false)
  private Set<String> audienceReportingLinesOf = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "announcement_attachment",
      joinColumns = @JoinColumn(name = "announcement_id"))
  @Column(name = "attachment_id", nullable = false)
  private Set<Long> attachmentIds = new HashSet<>();

  @OneToMany(mappedBy = "announcement", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<AnnouncementRevision> revisions = new ArrayList<>();

  @Version private long version;

  protected Announcement() {}

  /** A draft: nobody but publishers sees it until it is scheduled. */
  public Announcement(
      String title,
      String body,
      Priority priority,
      Audience audience,
      String createdBy,
      Instant createdAt) {
    this.title = requireTitle(title);
    this.body = requireBody(body);
    this.priority = Objects.requireNonNull(priority);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
    useAudience(audience);
  }

  public AnnouncementPhase phaseAt(Instant now) {
    if (publishAt == null) {
      return AnnouncementPhase.DRAFT;
    }
    if (now.isBefore(publishAt)) {
      return AnnouncementPhase.SCHEDULED;
    }
    if (expireAt != null && !now.isBefore(expireAt)) {
      return AnnouncementPhase.EXPIRED;
    }
    return AnnouncementPhase.ACTIVE;
  }

  /** Whether the audience sees it now: scheduled items stay hidden until publish-at. */
  public boolean isVisibleAt(Instant now) {
    return phaseAt(now) == AnnouncementPhase.ACTIVE;
  }

  /**
   * Sets when the announcement appears and, optionally, when it disappears. A publish-at in the
   * past means "now": the clock of the browser that chose it may lag the server's.
   */
  public void schedule(Instant publishAt, Instant expireAt, Instant now) {
    requireNotYetPublished(now, "rescheduled");
    Instant from = publishAt.isBefore(now) ? now : publishAt;
    if (expireAt != null && !expireAt.isAfter(from)) {
      throw new IllegalArgumentException("An announcement must expire after it is published");
    }
    requireDueWithin(acknowledgementDueAt, from, expireAt);
    this.publishAt = from;
    this.expireAt = expireAt;
  }

  /**
   * Takes a scheduled announcement back to draft before anybody has seen it. The expiry goes too:
   * it only means something relative to a publication, and scheduling again asks for both.
   */
  public void unschedule(Instant now) {
    requireNotYetPublished(now, "taken back to draft");
    publishAt = null;
    expireAt = null;
  }

  /** Takes an active announcement down now; it stays as a record. */
  public void expire(Instant now) {
    switch (phaseAt(now)) {
      case ACTIVE -> expireAt = now;
      case EXPIRED -> {
        // Already gone: a second click changes nothing.
      }
      default ->
          throw new IllegalStateException(
              "An announcement that is not published yet is taken back to draft, not expired");
    }
  }

  /**
   * Moves the end of a scheduled or active announcement, or removes it ({@code null}: shown until
   * taken down). A new end must lie ahead and must not come before the acknowledgement due date; to
   * end it now, {@link #expire} it. An expired announcement is a record and keeps its end.
   */
  public void runUntil(Instant newExpireAt, Instant now) {
    switch (phaseAt(now)) {
      case SCHEDULED -> schedule(publishAt, newExpireAt, now);
      case ACTIVE -> {
        if (newExpireAt != null && !newExpireAt.isAfter(now)) {
          throw new IllegalArgumentException("An announcement must expire in the future");
        }
        requireDueWithin(acknowledgementDueAt, publishAt, newExpireAt);
        expireAt = newExpireAt;
      }
      default ->
          throw new IllegalStateException(
              "Only a scheduled or active announcement changes when it expires");
    }
  }

  /** Replaces the audience; once the audience has seen the announcement it keeps its audience. */
  public void addressTo(Audience audience, Instant now) {
    requireNotYetPublished(now, "readdressed");
    useAudience(audience);
  }

  /**
   * Asks everyone in the audience to acknowledge, optionally by {@code dueAt}. The due date may
   * move while the announcement is active; acknowledgements after it are late, not refused.
   */
  public void requireAcknowledgement(Instant dueAt, Instant now) {
    if (phaseAt(now) == AnnouncementPhase.EXPIRED) {
      throw new IllegalStateException("An expired announcement asks nobody to acknowledge it");
    }
    requireDueWithin(dueAt, publishAt, expireAt);
    acknowledgementRequired = true;
    acknowledgementDueAt = dueAt;
  }

  /** Only before publication: afterwards, people may already have acknowledged. */
  public void waiveAcknowledgement(Instant now) {
    requireNotYetPublished(now, "released from acknowledgement");
    acknowledgementRequired = false;
    acknowledgementDueAt = null;
  }

  public boolean requiresAcknowledgement() {
    return acknowledgementRequired;
  }

  /** Acknowledgements are taken while the announcement is shown; expiry closes them. */
  public boolean isAcknowledgementOpenAt(Instant now) {
    return acknowledgementRequired && isVisibleAt(now);
  }

  /**
   * Records at publication whether the audience is to hear of the announcement, and whether now.
   *
   * @param quietly published without a notice (bulk or minor items)
   * @return true when the audience is to be notified now: it appears at once and is not quiet; it
   *     is then recorded as notified. A scheduled one is notified by the timer when it appears.
   */
  public boolean announceOnPublication(boolean quietly, Instant now) {
    quiet = quietly;
    if (quietly || !isVisibleAt(now)) {
      return false;
    }
    notifiedAt = now;
    return true;
  }

  /**
   * When the one reminder before the due date goes to those who have not acknowledged: {@code lead}
   * before the due date, but not in the first half of the time between publication and due date,
   * where it would only repeat the announcement. Null when nothing is due.
   */
  public Instant reminderAt(Duration lead) {
    if (!acknowledgementRequired || acknowledgementDueAt == null || publishAt == null) {
      return null;
    }
    Instant beforeDue = acknowledgementDueAt.minus(lead);
    Instant halfway =
        publishAt.plus(Duration.between(publishAt, acknowledgementDueAt).dividedBy(2));
    return beforeDue.isAfter(halfway) ? beforeDue : halfway;
  }

  /** Whether the reminder is to go now: its moment has come, the due date not yet. */
  public boolean isReminderDueAt(Instant now, Duration lead) {
    Instant at = reminderAt(lead);
    return at != null
        && !now.isBefore(at)
        && now.isBefore(acknowledgementDueAt)
        && isVisibleAt(now);
  }

  /**
   * Whether overdue people are to be escalated to their managers now: the due date has passed while
   * the announcement is still shown. After expiry nobody can acknowledge any more, so nobody is
   * chased.
   */
  public boolean isEscalationDueAt(Instant now) {
    return isAcknowledgementOverdueAt(now) && isVisibleAt(now);
  }

  public boolean isAcknowledgementOverdueAt(Instant now) {
    return acknowledgementRequired
        && acknowledgementDueAt != null
        && now.isAfter(acknowledgementDueAt);
  }

  /**
   * Whether an acknowledgement given at {@code acknowledgedAt} still stands, or was given before a
   * material change and must be given again.
   */
  public boolean acknowledgementStands(Instant acknowledgedAt) {
    return acknowledgedAt != null
        && (acknowledgementsResetAt == null || acknowledgedAt.isAfter(acknowledgementsResetAt));
  }

  /**
   * Changes the text. Before publication nobody has seen it, so no history is kept. Afterwards the
   * previous text is kept as a revision, and for an announcement that requires acknowledgement the
   * editor says whether the change is material (everyone acknowledges again) or a correction such
   * as a typo (acknowledgements stand).
   *
   * @return whether acknowledgements were reset
   */
  public boolean revise(
      String newTitle, String newBody, boolean materialChange, String editor, Instant now) {
    AnnouncementPhase phase = phaseAt(now);
    if (phase == AnnouncementPhase.EXPIRED) {
      throw new IllegalStateException("An expired announcement is a record and is not edited");
    }
    String revisedTitle = requireTitle(newTitle);
    String revisedBody = requireBody(newBody);
    if (revisedTitle.equals(title) && revisedBody.equals(body)) {
      return false;
    }
    boolean reset = false;
    if (phase == AnnouncementPhase.ACTIVE) {
      reset = materialChange && acknowledgementRequired;
      revisions.add(
          new AnnouncementRevision(this, title, body, editor, now, materialChange, reset));
      if (reset) {
        acknowledgementsResetAt = now;
      }
    }
    title = revisedTitle;
    body = revisedBody;
    editedBy = Objects.requireNonNull(editor);
    editedAt = now;
    return reset;
  }

  public void prioritise(Priority priority) {
    this.priority = Objects.requireNonNull(priority);
  }

  /** Pinned announcements stay at the top of the list until unpinned or expired. */
  public void pin() {
    pinned = true;
  }

  public void unpin() {
    pinned = false;
  }

  /** Links an uploaded file (see {@code discussion.Attachment}) to the announcement. */
  public void attach(long attachmentId) {
    attachmentIds.add(attachmentId);
  }

  public void detach(long attachmentId) {
    attachmentIds.remove(attachmentId);
  }

  public Audience getAudience() {
    return new Audience(
        audienceEveryone,
        audienceDepartments,
        audienceRoles,
        audienceCommunityIds,
        audienceReportingLinesOf);
  }

  private void useAudience(Audience audience) {
    audienceEveryone = audience.everyone();
    audienceDepartments.clear();
    audienceDepartments.addAll(audience.departments());
    audienceRoles.clear();
    audienceRoles.addAll(audience.roles());
    audienceCommunityIds.clear();
    audienceCommunityIds.addAll(audience.communityIds());
    audienceReportingLinesOf.clear();
    audienceReportingLinesOf.addAll(audience.reportingLinesOf());
  }

  private void requireNotYetPublished(Instant now, String what) {
    AnnouncementPhase phase = phaseAt(now);
    if (phase == AnnouncementPhase.ACTIVE || phase == AnnouncementPhase.EXPIRED) {
      throw new IllegalStateException("A published announcement cannot be " + what);
    }
  }

  private static void requireDueWithin(Instant dueAt, Instant publishAt, Instant expireAt) {
    if (dueAt == null) {
      return;
    }
    if (publishAt != null && !dueAt.isAfter(publishAt)) {
      throw new IllegalArgumentException("Acknowledgement must be due after publication");
    }
    if (expireAt != null && dueAt.isAfter(expireAt)) {
      throw new IllegalArgumentException(
          "Acknowledgement cannot be due after the announcement expires");
    }
  }

  private static String requireTitle(String title) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    String stripped = title.strip();
    if (stripped.length() > MAX_TITLE) {
      throw new IllegalArgumentException("title is longer than " + MAX_TITLE + " characters");
    }
    return stripped;
  }

  private static String requireBody(String body) {
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("body must not be blank");
    }
    if (body.length() > MAX_BODY) {
      throw new IllegalArgumentException("body is longer than " + MAX_BODY + " characters");
    }
    return body;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public Priority getPriority() {
    return priority;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPublishAt() {
    return publishAt;
  }

  public Instant getExpireAt() {
    return expireAt;
  }

  public boolean isPinned() {
    return pinned;
  }

  public Instant getAcknowledgementDueAt() {
    return acknowledgementDueAt;
  }

  public Instant getAcknowledgementsResetAt() {
    return acknowledgementsResetAt;
  }

  public String getEditedBy() {
    return editedBy;
  }

  public Instant getEditedAt() {
    return editedAt;
  }

  public boolean isQuiet() {
    return quiet;
  }

  public Instant getNotifiedAt() {
    return notifiedAt;
  }

  public Set<Long> getAttachmentIds() {
    return Set.copyOf(attachmentIds);
  }

  public List<AnnouncementRevision> getRevisions() {
    return List.copyOf(revisions);
  }

  public long getVersion() {
    return version;
  }
}
