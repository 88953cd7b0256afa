package org.learningcommons.community;

/**
 * What one person may do in one community, derived from its visibility, whether it is archived, the
 * person's membership (status and role, both null for non-members) and whether the person is an
 * administrator of the whole platform. Pure rules, so they are tested without a container; the EJB
 * layer asks them before every read and write.
 */
public record CommunityAccess(
    Visibility visibility,
    boolean archived,
    MembershipStatus status,
    CommunityRole role,
    boolean administrator) {

  public boolean isMember() {
    return status == MembershipStatus.ACTIVE;
  }

  public boolean isInvited() {
    return status == MembershipStatus.INVITED;
  }

  public boolean hasRequested() {
    return status == MembershipStatus.REQUESTED;
  }

  /**
   * Whether the community exists for this person at all. A private community is invisible to
   * everybody but its members, the people invited to it and administrators.
   */
  public boolean canSee() {
    return visibility != Visibility.PRIVATE || isMember() || isInvited() || administrator;
  }

  /** Threads and posts: open communities for all staff, the others for members. */
  public boolean canRead() {
    return visibility == Visibility.OPEN || isMember() || administrator;
  }

  /** Start threads, reply, react: members of a community that is not archived. */
  public boolean canPost() {
    return isMember() && !archived;
  }

  public boolean canJoinDirectly() {
    return !archived && status == null && visibility == Visibility.OPEN;
  }

  public boolean canRequestToJoin() {
    return !archived && status == null && visibility == Visibility.RESTRICTED;
  }

  public boolean canLeave() {
    return isMember() && role != CommunityRole.OWNER;
  }

  /** Approve requests, invite, remove members, hide posts, pin and lock threads. */
  public boolean canModerate() {
    return (isMember() && role.moderates()) || administrator;
  }

  /** Edit the description, promote and demote, transfer ownership, archive. */
  public boolean canManage() {
    return (isMember() && role == CommunityRole.OWNER) || administrator;
  }
}
