package org.learningcommons.community;

/**
 * A community as the caller sees it: the entity, the caller's membership (null for non-members) and
 * what that allows.
 */
public record Guarded(Community community, Membership membership, CommunityAccess access) {

  public Guarded requireRead() {
    if (!access.canRead()) {
      throw new NotPermittedException("refusal.membersOnly", "Only members read this community.");
    }
    return this;
  }

  public Guarded requirePost() {
    if (community.isArchived()) {
      throw new NotPermittedException(
          "refusal.archivedReadOnly", "This community is archived: it is read-only.");
    }
    if (!access.canPost()) {
      throw new NotPermittedException("refusal.joinToPost", "Join the community to post in it.");
    }
    return this;
  }

  public Guarded requireModerate() {
    if (!access.canModerate()) {
      throw new NotPermittedException(
          "refusal.moderatorsOnly", "Only the community's moderators may do this.");
    }
    return this;
  }

  public Guarded requireManage() {
    if (!access.canManage()) {
      throw new NotPermittedException(
          "refusal.ownerOnly", "Only the community's owner may do this.");
    }
    return this;
  }
}
