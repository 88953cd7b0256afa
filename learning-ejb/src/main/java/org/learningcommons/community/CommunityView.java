package org.learningcommons.community;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A community's page header: what it is and what the caller may do in it. */
public record CommunityView(
    long id,
    String name,
    String description,
    String category,
    Visibility visibility,
    List<String> tags,
    int memberCount,
    int threadCount,
    Instant createdAt,
    Instant lastActivityAt,
    Instant archivedAt,
    Long imageId,
    long version,
    MembershipStatus myStatus,
    CommunityRole myRole,
    boolean canRead,
    boolean canPost,
    boolean canJoin,
    boolean canRequest,
    boolean canLeave,
    boolean canModerate,
    boolean canManage)
    implements Serializable {

  public boolean archived() {
    return archivedAt != null;
  }

  public boolean member() {
    return myStatus == MembershipStatus.ACTIVE;
  }

  public boolean invited() {
    return myStatus == MembershipStatus.INVITED;
  }

  public boolean requested() {
    return myStatus == MembershipStatus.REQUESTED;
  }

  static CommunityView of(Guarded guarded) {
    Community c = guarded.community();
    CommunityAccess a = guarded.access();
    Membership m = guarded.membership();
    return new CommunityView(
        c.getId(),
        c.getName(),
        c.getDescription(),
        c.getCategory(),
        c.getVisibility(),
        c.getTags().stream().sorted().toList(),
        c.getMemberCount(),
        c.getThreadCount(),
        c.getCreatedAt(),
        c.getLastActivityAt(),
        c.getArchivedAt(),
        c.getImageId(),
        c.getVersion(),
        m == null ? null : m.getStatus(),
        m == null ? null : m.getRole(),
        a.canRead(),
        a.canPost(),
        a.canJoinDirectly(),
        a.canRequestToJoin(),
        a.canLeave(),
        a.canModerate(),
        a.canManage());
  }
}
