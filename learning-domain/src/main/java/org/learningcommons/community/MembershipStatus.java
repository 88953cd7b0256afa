package org.learningcommons.community;

/** Where a person stands with a community. Stored by name. */
public enum MembershipStatus {
  ACTIVE,
  /** Asked to join a restricted community; a moderator decides. */
  REQUESTED,
  /** Invited by a moderator; the person accepts or declines. */
  INVITED
}
