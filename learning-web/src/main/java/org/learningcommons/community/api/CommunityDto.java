package org.learningcommons.community.api;

import java.time.Instant;
import java.util.List;
import org.learningcommons.community.CommunityView;

/**
 * A community's header and the caller's standing in it. {@code myStatus} and {@code myRole} are
 * missing for non-members; the {@code can...} flags say what the caller may do now.
 */
public record CommunityDto(
    long id,
    String name,
    String description,
    String category,
    String visibility,
    List<String> tags,
    int memberCount,
    int threadCount,
    Instant createdAt,
    Instant lastActivityAt,
    Instant archivedAt,
    String myStatus,
    String myRole,
    boolean canRead,
    boolean canPost,
    boolean canJoin,
    boolean canRequestToJoin,
    boolean canLeave,
    boolean canModerate,
    boolean canManage) {

  static CommunityDto of(CommunityView c) {
    return new CommunityDto(
        c.id(),
        c.name(),
        c.description(),
        c.category(),
        c.visibility().name(),
        c.tags(),
        c.memberCount(),
        c.threadCount(),
        c.createdAt(),
        c.lastActivityAt(),
        c.archivedAt(),
        c.myStatus() == null ? null : c.myStatus().name(),
        c.myRole() == null ? null : c.myRole().name(),
        c.canRead(),
        c.canPost(),
        c.canJoin(),
        c.canRequest(),
        c.canLeave(),
        c.canModerate(),
        c.canManage());
  }
}
