package org.learningcommons.bench.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Announcements with their audiences and read receipts (V4 of the schema), as {@link
 * AnnouncementPlan} plans them. The announcements and their audience rows go in with COPY; the
 * receipts follow in one INSERT ... SELECT that resolves every audience in the database (the staff
 * of a department, the holders of a role, the active members of a community, everybody below a
 * manager) and keeps a planned share of it, tilted per department, so that the report has
 * departments that read more and some that read less. Which person read is a hash of the
 * announcement and the username: the same on every run.
 *
 * <p>A generated announcement is one a generated person created by {@link AnnouncementPlan#END};
 * the application creates later ones with the real clock. Everything that hangs off a generated
 * announcement (audience, receipts the application added by reading it, revisions) is the
 * generator's too, because deleting the announcement takes it along.
 */
final class AnnouncementStep implements DatasetStep {

  static final String GENERATED_ANNOUNCEMENT = generatedAnnouncement("announcement");

  private static final String IN_GENERATED_ANNOUNCEMENT =
      "exists (select 1 from announcement ga where ga.id = %s.announcement_id and "
          + generatedAnnouncement("ga")
          + ")";

  private static final List<String> CHILDREN =
      List.of(
          "announcement_department",
          "announcement_role",
          "announcement_community",
          "announcement_reporting_line",
          "announcement_attachment",
          "announcement_revision",
          "announcement_receipt",
          "announcement_escalation");

  /** Parents before children. */
  private static final Map<String, String> GENERATED = generated();

  /** An announcement a generated person created by the end of the generated history. */
  static String generatedAnnouncement(String alias) {
    return alias
        + ".created_by ~ '^u[0-9]{6}$' and "
        + alias
        + ".created_at <= '"
        + AnnouncementPlan.END
        + "'";
  }

  private static Map<String, String> generated() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("announcement", GENERATED_ANNOUNCEMENT);
    for (String child : CHILDREN) {
      map.put(child, IN_GENERATED_ANNOUNCEMENT.formatted(child));
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  @Override
  public String name() {
    return "announcements";
  }

  @Override
  public List<String> tables() {
    return List.copyOf(GENERATED.keySet());
  }

  @Override
  public String generatedRows(String table) {
    String condition = GENERATED.get(table);
    if (condition == null) {
      throw new IllegalArgumentException("The announcements step does not fill " + table);
    }
    return condition;
  }

  @Override
  public long load(Dataset dataset, Loader loader) throws SQLException {
    Connection connection = loader.connection();
    List<Long> communityIds = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select id, created_by from community c where "
                    + CommunityStep.generatedCommunity("c")
                    + " order by id")) {
      while (rows.next()) {
        communityIds.add(rows.getLong(1));
        owners.add(rows.getString(2));
      }
    }
    List<AnnouncementPlan.Announcement> plan = AnnouncementPlan.plan(dataset, communityIds.size());
    long base = maxId(connection);
    long rows =
        loader.copy(
            "announcement",
            List.of(
                "id",
                "title",
                "body",
                "priority",
                "created_by",
                "created_at",
                "publish_at",
                "expire_at",
                "pinned",
                "acknowledgement_required",
                "acknowledgement_due_at",
                "audience_everyone",
                "quiet",
                "notified_at",
                "version"),
            plan,
            (a, row) ->
                row.number(base + a.id())
                    .text(a.title())
                    .text(a.body())
                    .text(a.priority())
                    .text(
                        a.createdBy() != null
                            ? a.createdBy()
                            : owners.get(a.audience().communities().get(0)))
                    .instant(a.createdAt())
                    .instant(a.publishAt())
                    .instant(a.expireAt())
                    .bool(a.pinned())
                    .bool(a.acknowledgementRequired())
                    .instant(a.acknowledgementDueAt())
                    .bool(a.audience().everyone())
                    .bool(false)
                    // Published ones were notified when they appeared (V7's timers would
                    // otherwise notify all of them at the application's first start); scheduled
                    // ones are notified by the timer when they appear.
                    .instant(a.publishAt().isAfter(AnnouncementPlan.END) ? null : a.publishAt())
                    .number(0));
    rows +=
        loader.copy(
            "announcement_department",
            List.of("announcement_id", "department"),
            pairs(plan, a -> a.audience().departments()),
            (p, row) -> row.number(base + p.id()).text(p.value()));
    rows +=
        loader.copy(
            "announcement_role",
            List.of("announcement_id", "role"),
            pairs(plan, a -> a.audience().roles()),
            (p, row) -> row.number(base + p.id()).text(p.value()));
    rows +=
        loader.copy(
            "announcement_community",
            List.of("announcement_id", "community_id"),
            pairs(plan, a -> a.audience().communities().stream().map(String::valueOf).toList()),
            (p, row) ->
                row.number(base + p.id()).number(communityIds.get(Integer.parseInt(p.value()))));
    rows +=
        loader.copy(
            "announcement_reporting_line",
            List.of("announcement_id", "manager_username"),
            pairs(plan, a -> a.audience().managers()),
            (p, row) -> row.number(base + p.id()).text(p.value()));
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "create temporary table announcement_share (announcement_id bigint primary key,"
              + " read_percent int, acknowledged_percent int) on commit drop");
    }
    loader.copy(
        "announcement_share",
        List.of("announcement_id", "read_percent", "acknowledged_percent"),
        plan.stream().filter(a -> a.readPercent() > 0).toList(),
        (a, row) ->
            row.number(base + a.id()).number(a.readPercent()).number(a.acknowledgedPercent()));
    rows += receipts(connection);
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "select setval(pg_get_serial_sequence('announcement', 'id'),"
              + " coalesce(max(id), 1), max(id) is not null) from announcement");
    }
    return rows;
  }

  /**
   * The receipts of every announcement with a planned share, from its resolved audience (active
   * staff only). A person is drawn when a hash of the pair falls below the share, tilted by up to
   * 15 points per department; acknowledgements are drawn from the readers with the same hash, so
   * that every acknowledged receipt was read. Read within two weeks of publication, acknowledged
   * within two days of reading, never after expiry nor after the end of the generated history.
   */
  static long receipts(Connection connection) throws SQLException {
    String end = "timestamptz '" + AnnouncementPlan.END + "'";
    String sql =
        """
        insert into announcement_receipt (announcement_id, username, read_at, acknowledged_at)
        with recursive below(announcement_id, username) as (
          select rl.announcement_id, s.username
            from announcement_reporting_line rl
            join announcement_share x on x.announcement_id = rl.announcement_id
            join staff_member s on s.manager_username = rl.manager_username
          union
          select b.announcement_id, s.username
            from below b join staff_member s on s.manager_username = b.username
        ), audience(announcement_id, username) as (
          select x.announcement_id, s.username
            from announcement_share x
            join announcement a on a.id = x.announcement_id and a.audience_everyone
            cross join staff_member s
          union all
          select d.announcement_id, s.username
            from announcement_department d
            join announcement_share x on x.announcement_id = d.announcement_id
            join staff_member s on s.department = d.department
          union all
          select ar.announcement_id, s.username
            from announcement_role ar
            join announcement_share x on x.announcement_id = ar.announcement_id
            join staff_member_role r on r.role = ar.role
            join staff_member s on s.id = r.staff_member_id
          union all
          select ac.announcement_id, m.username
            from announcement_community ac
            join announcement_share x on x.announcement_id = ac.announcement_id
            join membership m on m.community_id = ac.community_id and m.status = 'ACTIVE'
          union all
          select announcement_id, username from below
        ), drawn as (
          select au.announcement_id, au.username, a.publish_at,
                 least(coalesce(a.expire_at, %1$s), %1$s) as until,
                 abs(hashtext(au.announcement_id || ':' || au.username)) %% 1000 as h,
                 abs(hashtext(au.username || '/' || au.announcement_id)) as h2,
                 x.read_percent + abs(hashtext(s.department)) %% 31 - 15 as read_share,
                 x.acknowledged_percent * (x.read_percent + abs(hashtext(s.department)) %% 31 - 15)
                   / x.read_percent as acknowledged_share
            from audience au
            join staff_member s on s.username = au.username and s.active
            join announcement_share x on x.announcement_id = au.announcement_id
            join announcement a on a.id = au.announcement_id
        ), receipt as (
          select announcement_id, username, h, acknowledged_share, h2, until,
                 least(publish_at + (h2 %% 20160) * interval '1 minute', until) as read_at
            from drawn
           where h < 10 * read_share
        )
        select announcement_id, username, read_at,
               case when h < 10 * acknowledged_share
                    then least(read_at + (h2 / 20160 %% 2880) * interval '1 minute', until)
               end
          from receipt
        on conflict (announcement_id, username) do nothing
        """
            .formatted(end);
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate(sql);
    }
  }

  /** One (announcement, value) pair per value of a criterion. */
  record Pair(int id, String value) {}

  private static List<Pair> pairs(
      List<AnnouncementPlan.Announcement> plan,
      java.util.function.Function<AnnouncementPlan.Announcement, List<String>> values) {
    List<Pair> pairs = new ArrayList<>();
    for (AnnouncementPlan.Announcement a : plan) {
      for (String value : values.apply(a)) {
        pairs.add(new Pair(a.id(), value));
      }
    }
    return pairs;
  }

  private static long maxId(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from announcement")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
