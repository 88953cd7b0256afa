package org.learningcommons.announcement;

import java.io.Serializable;

/**
 * What a person narrows their list of announcements to. The criteria combine (all must hold).
 *
 * @param unreadOnly only those the person has not opened yet
 * @param priority only this priority; null for any
 * @param awaitingMyAcknowledgement only those that ask the person to acknowledge and where their
 *     acknowledgement does not stand (never given, or given before a material change)
 */
public record AnnouncementFilter(
    boolean unreadOnly, Priority priority, boolean awaitingMyAcknowledgement)
    implements Serializable {

  /** Every announcement showing now for the person. */
  public static final AnnouncementFilter ALL = new AnnouncementFilter(false, null, false);

  /** Whether any criterion narrows the list. */
  public boolean narrows() {
    return unreadOnly || priority != null || awaitingMyAcknowledgement;
  }
}
