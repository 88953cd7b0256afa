package org.learningcommons.bench.dataset;

import java.util.List;

/**
 * The communities and discussions of a dataset, planned in memory by {@link DiscussionPlanner}
 * before anything is written. Ids start at 1 in every table; times are epoch milliseconds (0 where
 * the column is null). Every counter the schema keeps (member, thread, reply and like counts, last
 * activity) already matches the rows, as the application would have left them.
 */
record Discussions(
    List<Community> communities,
    List<Membership> memberships,
    List<Thread> threads,
    List<Post> posts,
    List<Reaction> reactions,
    List<Follower> followers,
    List<ThreadRead> reads,
    List<Follow> follows,
    List<Activity> activities) {

  static Discussions plan(Dataset dataset) {
    return new DiscussionPlanner(dataset).plan();
  }

  record Community(
      int id,
      String name,
      String description,
      String category,
      String visibility,
      String createdBy,
      long createdAt,
      List<String> tags,
      int memberCount,
      int threadCount,
      long lastActivityAt) {}

  record Membership(
      int id,
      int communityId,
      String username,
      String role,
      String status,
      long since,
      String invitedBy) {}

  record Thread(
      int id,
      int communityId,
      String author,
      String title,
      String kind,
      boolean pinned,
      int acceptedPostId,
      long createdAt,
      long lastActivityAt,
      int replyCount) {}

  /**
   * @param parentId the top-level reply this one answers, 0 for the opening post and top-level
   *     replies
   * @param mention the username the body mentions, or null
   */
  record Post(
      int id,
      int threadId,
      int communityId,
      int parentId,
      boolean opening,
      String author,
      long createdAt,
      int likeCount,
      String mention) {}

  record Reaction(int postId, String username, long reactedAt) {}

  record Follower(int threadId, String username) {}

  record ThreadRead(int threadId, String username, long lastReadAt) {}

  record Follow(String follower, String followee, long followedAt) {}

  record Activity(
      int id, String kind, int communityId, int threadId, int postId, String actor, long at) {}
}
