package org.learningcommons.announcement;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An announcement as its publisher sees it: where it stands, whom it addresses and how far it got.
 * The figures count the people in the audience now (active staff matching it): who read it and
 * whose acknowledgement stands (given after the last material change).
 *
 * @param body sanitised HTML; null in lists
 * @param departments the audience's departments (as the other criteria, empty when {@code
 *     everyone})
 * @param roles the names of the audience's roles
 * @param managers the managers whose reporting lines it addresses
 * @param version changes with every edit; an edit may name the version it started from
 */
public record PublishedAnnouncement(
    long id,
    String title,
    String body,
    Priority priority,
    String publishedBy,
    Instant createdAt,
    Instant publishAt,
    Instant expireAt,
    AnnouncementPhase phase,
    boolean pinned,
    boolean requiresAcknowledgement,
    Instant acknowledgementDueAt,
    Instant acknowledgementsResetAt,
    boolean everyone,
    List<String> departments,
    List<String> roles,
    List<Long> communityIds,
    List<String> managers,
    long audience,
    long read,
    long acknowledged,
    long version)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public PublishedAnnouncement {
    departments = List.copyOf(departments);
    roles = List.copyOf(roles);
    communityIds = List.copyOf(communityIds);
    managers = List.copyOf(managers);
  }

  /** Whether it can still be edited: scheduled or showing. */
  public boolean editable() {
    return phase == AnnouncementPhase.SCHEDULED || phase == AnnouncementPhase.ACTIVE;
  }

  public int readPercent() {
    return Figures.percent(read, audience);
  }

  public int acknowledgedPercent() {
    return Figures.percent(acknowledged, audience);
  }
}
