package org.learningcommons.announcement;

/**
 * Where an announcement stands at a given moment. Derived from its times rather than stored, so a
 * scheduled announcement becomes active and an active one expires without a job touching the row.
 */
public enum AnnouncementPhase {
  /** No publish-at yet: only its author and other publishers see it. */
  DRAFT,
  /** Publish-at lies ahead: invisible to the audience until then. */
  SCHEDULED,
  ACTIVE,
  /** Expire-at has passed: kept as a record, no longer shown and no longer acknowledged. */
  EXPIRED
}
