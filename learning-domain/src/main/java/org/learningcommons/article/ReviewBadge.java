package org.learningcommons.article;

/** What a published article shows about how current it is. */
public enum ReviewBadge {
  /** Its owner vouches for it until the review-by date. */
  VERIFIED,
  /** The review-by date has passed: readers are warned, the owner is asked to re-verify. */
  NEEDS_REVIEW
}
