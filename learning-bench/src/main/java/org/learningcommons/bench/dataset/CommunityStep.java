package org.learningcommons.bench.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Communities, their members and discussions, follows between colleagues and the activity behind
 * the home stream (V2 of the schema), as {@link DiscussionPlanner} plans them for the dataset.
 *
 * <p>A generated community is one a generated person created in the generator's set-up month; one
 * the application creates later carries the real clock. Everything inside a generated community is
 * the generator's too: deleting the community would take it along (the schema cascades), so
 * counting it as foreign would promise to keep what cannot be kept.
 */
final class CommunityStep implements DatasetStep {

  static final String GENERATED_COMMUNITY = generatedCommunity("community");

  /*
   * The conditions are correlated EXISTS over the outer table's columns, so that PostgreSQL turns
   * them into semi-joins and NOT (...) into anti-joins. A NOT IN over 300,000 post ids does not fit
   * work_mem as a hashed subplan and is rescanned per row: counting L's likes took over 10 minutes.
   */
  private static final String IN_GENERATED_COMMUNITY =
      "exists (select 1 from community gc where gc.id = %s.community_id and "
          + generatedCommunity("gc")
          + ")";

  private static final String IN_GENERATED_POST =
      "exists (select 1 from post gp join community gc on gc.id = gp.community_id"
          + " where gp.id = %s.post_id and "
          + generatedCommunity("gc")
          + ")";

  private static final String IN_GENERATED_THREAD =
      "exists (select 1 from discussion_thread gt join community gc on gc.id = gt.community_id"
          + " where gt.id = %s.thread_id and "
          + generatedCommunity("gc")
          + ")";

  /** Tables with identity ids: explicit ids go in, so their sequences move on afterwards. */
  private static final List<String> IDENTITY_TABLES =
      List.of("community", "membership", "discussion_thread", "post", "activity");

  /** Parents before children; the ones nothing is generated for are here to be told apart. */
  private static final Map<String, String> GENERATED =
      orderedMap(
          "community",
          GENERATED_COMMUNITY,
          "community_tag",
          IN_GENERATED_COMMUNITY.formatted("community_tag"),
          "membership",
          IN_GENERATED_COMMUNITY.formatted("membership"),
          "discussion_thread",
          IN_GENERATED_COMMUNITY.formatted("discussion_thread"),
          "post",
          IN_GENERATED_COMMUNITY.formatted("post"),
          // Nullable: an attachment outside any community is never the generator's.
          "attachment",
          "attachment.community_id is not null and "
              + IN_GENERATED_COMMUNITY.formatted("attachment"),
          "post_revision",
          IN_GENERATED_POST.formatted("post_revision"),
          "post_reaction",
          IN_GENERATED_POST.formatted("post_reaction"),
          "post_mention",
          IN_GENERATED_POST.formatted("post_mention"),
          "thread_follower",
          IN_GENERATED_THREAD.formatted("thread_follower"),
          "thread_read",
          IN_GENERATED_THREAD.formatted("thread_read"),
          "post_report",
          IN_GENERATED_COMMUNITY.formatted("post_report"),
          "activity",
          IN_GENERATED_COMMUNITY.formatted("activity"),
          "staff_follow",
          "follower ~ '^u[0-9]{6}$' and followee ~ '^u[0-9]{6}$' and followed_at < '"
              + DiscussionPlanner.SETUP_END
              + "'");

  /**
   * A community a generated person created in the set-up month, with its columns taken from {@code
   * alias}.
   */
  static String generatedCommunity(String alias) {
    return alias
        + ".created_by ~ '^u[0-9]{6}$' and "
        + alias
        + ".created_at < '"
        + DiscussionPlanner.SETUP_END
        + "'";
  }

  @Override
  public String name() {
    return "communities";
  }

  @Override
  public List<String> tables() {
    return List.copyOf(GENERATED.keySet());
  }

  @Override
  public String generatedRows(String table) {
    String condition = GENERATED.get(table);
    if (condition == null) {
      throw new IllegalArgumentException("The communities step does not fill " + table);
    }
    return condition;
  }

  @Override
  public long load(Dataset dataset, Loader loader) throws SQLException {
    Discussions plan = Discussions.plan(dataset);
    Connection connection = loader.connection();
    // With --force, foreign rows keep their ids; the generated ones go above them.
    long community = maxId(connection, "community");
    long membership = maxId(connection, "membership");
    long thread = maxId(connection, "discussion_thread");
    long post = maxId(connection, "post");
    long activity = maxId(connection, "activity");
    long rows = 0;
    rows +=
        loader.copy(
            "community",
            List.of(
                "id",
                "name",
                "description",
                "category",
                "visibility",
                "created_by",
                "created_at",
                "member_count",
                "thread_count",
                "last_activity_at",
                "version"),
            plan.communities(),
            (c, row) ->
                row.number(community + c.id())
                    .text(c.name())
                    .text(c.description())
                    .text(c.category())
                    .text(c.visibility())
                    .text(c.createdBy())
                    .instant(time(c.createdAt()))
                    .number(c.memberCount())
                    .number(c.threadCount())
                    .instant(time(c.lastActivityAt()))
                    .number(0));
    List<String[]> tags = new ArrayList<>();
    for (Discussions.Community c : plan.communities()) {
      for (String tag : c.tags()) {
        tags.add(new String[] {String.valueOf(community + c.id()), tag});
      }
    }
    rows +=
        loader.copy(
            "community_tag",
            List.of("community_id", "tag"),
            tags,
            (t, row) -> row.number(Long.parseLong(t[0])).text(t[1]));
    rows +=
        loader.copy(
            "membership",
            List.of(
                "id",
                "community_id",
                "username",
                "role",
                "status",
                "since",
                "invited_by",
                "version"),
            plan.memberships(),
            (m, row) ->
                row.number(membership + m.id())
                    .number(community + m.communityId())
                    .text(m.username())
                    .text(m.role())
                    .text(m.status())
                    .instant(time(m.since()))
                    .text(m.invitedBy())
                    .number(0));
    // Threads go in before the posts that accept answers exist: accepted_post_id follows below.
    rows +=
        loader.copy(
            "discussion_thread",
            List.of(
                "id",
                "community_id",
                "author",
                "title",
                "kind",
                "pinned",
                "locked",
                "hidden",
                "created_at",
                "last_activity_at",
                "reply_count",
                "version"),
            plan.threads(),
            (t, row) ->
                row.number(thread + t.id())
                    .number(community + t.communityId())
                    .text(t.author())
                    .text(t.title())
                    .text(t.kind())
                    .bool(t.pinned())
                    .bool(false)
                    .bool(false)
                    .instant(time(t.createdAt()))
                    .instant(time(t.lastActivityAt()))
                    .number(t.replyCount())
                    .number(0));
    rows +=
        loader.copy(
            "post",
            List.of(
                "id",
                "thread_id",
                "community_id",
                "parent_id",
                "opening",
                "author",
                "body",
                "created_at",
                "status",
                "like_count",
                "version"),
            plan.posts(),
            (p, row) -> {
              row.number(post + p.id())
                  .number(thread + p.threadId())
                  .number(community + p.communityId());
              if (p.parentId() == 0) {
                row.nothing();
              } else {
                row.number(post + p.parentId());
              }
              row.bool(p.opening())
                  .text(p.author())
                  .text(DiscussionTexts.body(p.id(), p.mention()))
                  .instant(time(p.createdAt()))
                  .text("VISIBLE")
                  .number(p.likeCount())
                  .number(0);
            });
    try (Statement statement = connection.createStatement()) {
      // One statement from a temporary table beats an update per thread.
      statement.execute(
          "create temporary table accepted_answer (thread_id bigint, post_id bigint)"
              + " on commit drop");
    }
    List<Discussions.Thread> answered =
        plan.threads().stream().filter(t -> t.acceptedPostId() != 0).toList();
    loader.copy(
        "accepted_answer",
        List.of("thread_id", "post_id"),
        answered,
        (t, row) -> row.number(thread + t.id()).number(post + t.acceptedPostId()));
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "update discussion_thread t set accepted_post_id = a.post_id from accepted_answer a"
              + " where t.id = a.thread_id");
    }
    rows +=
        loader.copy(
            "post_reaction",
            List.of("post_id", "username", "reacted_at"),
            plan.reactions(),
            (r, row) ->
                row.number(post + r.postId()).text(r.username()).instant(time(r.reactedAt())));
    rows +=
        loader.copy(
            "post_mention",
            List.of("post_id", "username"),
            plan.posts().stream().filter(p -> p.mention() != null).toList(),
            (p, row) -> row.number(post + p.id()).text(p.mention()));
    rows +=
        loader.copy(
            "thread_follower",
            List.of("thread_id", "username"),
            plan.followers(),
            (f, row) -> row.number(thread + f.threadId()).text(f.username()));
    rows +=
        loader.copy(
            "thread_read",
            List.of("thread_id", "username", "last_read_at"),
            plan.reads(),
            (r, row) ->
                row.number(thread + r.threadId()).text(r.username()).instant(time(r.lastReadAt())));
    rows +=
        loader.copy(
            "staff_follow",
            List.of("follower", "followee", "followed_at"),
            plan.follows(),
            (f, row) -> row.text(f.follower()).text(f.followee()).instant(time(f.followedAt())));
    rows +=
        loader.copy(
            "activity",
            List.of("id", "kind", "community_id", "thread_id", "post_id", "actor", "occurred_at"),
            plan.activities(),
            (a, row) ->
                row.number(activity + a.id())
                    .text(a.kind())
                    .number(community + a.communityId())
                    .number(thread + a.threadId())
                    .number(post + a.postId())
                    .text(a.actor())
                    .instant(time(a.at())));
    moveSequences(connection);
    return rows;
  }

  /** So that the application's next insert gets an id above every row, generated or not. */
  private static void moveSequences(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String table : IDENTITY_TABLES) {
        statement.execute(
            "select setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), coalesce(max(id), 1), max(id) is not null) from "
                + table);
      }
    }
  }

  private static long maxId(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static Instant time(long epochMillis) {
    return epochMillis == 0 ? null : Instant.ofEpochMilli(epochMillis);
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
