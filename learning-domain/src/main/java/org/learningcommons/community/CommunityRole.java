package org.learningcommons.community;

/** A member's role in one community. Stored by name. */
public enum CommunityRole {
  OWNER,
  MODERATOR,
  MEMBER;

  /** Owners moderate too. */
  public boolean moderates() {
    return this == OWNER || this == MODERATOR;
  }
}
