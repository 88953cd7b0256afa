package org.learningcommons.community;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One row of the community directory, with the caller's standing and unread threads. */
public record CommunitySummary(
    long id,
    String name,
    String description,
    String category,
    Visibility visibility,
    List<String> tags,
    int memberCount,
    int threadCount,
    Instant lastActivityAt,
    boolean archived,
    MembershipStatus myStatus,
    CommunityRole myRole,
    long unreadThreads,
    Long imageId)
    implements Serializable {

  public boolean isMember() {
    return myStatus == MembershipStatus.ACTIVE;
  }
}
