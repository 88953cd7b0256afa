package org.learningcommons.bench.query;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the announcement statements the application runs, straight on the database, so that issue
 * 5's targets can be shown without a running server: the home banner and list of one person
 * (Announcements.mine and countMine: under 20 ms) and the acknowledgement report of an announcement
 * to 50,000 staff (per department figures under 500 ms, plus the first page of who is pending).
 * Each statement runs under {@code EXPLAIN (ANALYZE, BUFFERS)} once per sample person (or
 * repeatedly for the report) after one warm-up, and the server's planning plus execution time is
 * summarised as p50, p95 and maximum. See docs/benchmarks.md, "Announcements, preset XL".
 *
 * <p>The SQL is a copy of the shape in learning-ejb ({@code AudienceSql}, {@code
 * Announcements.mine}, and the report's {@code ReportSql}) with the parameters written in as
 * literals, so that PostgreSQL plans for the values as it does for the application's first
 * executions. When that SQL changes, change it here too.
 */
public final class AnnouncementQueries {

  static final String USAGE =
      String.join(
          "\n",
          "Usage: AnnouncementQueries [options]",
          "  --db-url URL        default: env DB_URL, else"
              + " jdbc:postgresql://127.0.0.1:5432/lc_bench_xl",
          "  --db-user USER      default: env DB_USER, else postgres",
          "  --db-password PW    default: env DB_PASSWORD, else postgres",
          "  --users N           sample people for the home statements (default 50)",
          "  --runs N            runs of each report statement (default 10)",
          "  --announcement ID   the report's announcement (default: the first generated one"
              + " to everyone)",
          "  --plans             also print one plan of each statement (EXPLAIN ANALYZE, BUFFERS)",
          "  --set NAME=VALUE    a session setting first, e.g. jit=off (repeatable)");

  // ---- The application's SQL (learning-ejb, org.learningcommons.announcement). ----

  private static final String CHAIN =
      "with recursive chain(username) as ("
          + " select s.manager_username from staff_member s"
          + " where s.username = ?1 and s.manager_username is not null"
          + " union select s.manager_username from staff_member s join chain c"
          + " on s.username = c.username where s.manager_username is not null) ";

  private static final String SHOWING =
      "a.publish_at <= ?2 and (a.expire_at is null or a.expire_at > ?2)";

  static String addressedTo(List<String> roles) {
    String list = String.join(",", roles.stream().map(r -> "'" + r + "'").toList());
    return "(a.audience_everyone"
        + " or exists (select 1 from announcement_department d join staff_member s"
        + " on s.department = d.department where d.announcement_id = a.id and s.username = ?1)"
        + (list.isEmpty()
            ? ""
            : " or exists (select 1 from announcement_role ar where ar.announcement_id = a.id"
                + " and ar.role in ("
                + list
                + "))")
        + " or exists (select 1 from announcement_community ac join membership m"
        + " on m.community_id = ac.community_id where ac.announcement_id = a.id"
        + " and m.username = ?1 and m.status = 'ACTIVE')"
        + " or exists (select 1 from announcement_reporting_line rl join chain c"
        + " on c.username = rl.manager_username where rl.announcement_id = a.id))";
  }

  static String homeList(List<String> roles) {
    return CHAIN
        + "select a.id, a.title, a.priority, a.created_by, a.publish_at, a.expire_at,"
        + " a.pinned, a.acknowledgement_required, a.acknowledgement_due_at,"
        + " r.read_at, r.acknowledged_at, a.acknowledgements_reset_at"
        + " from announcement a left join announcement_receipt r"
        + " on r.announcement_id = a.id and r.username = ?1 where "
        + SHOWING
        + " and "
        + addressedTo(roles)
        + " order by (a.priority = 'CRITICAL') desc, a.pinned desc, a.publish_at desc,"
        + " a.id desc offset 0 limit 20";
  }

  static String homeCount(List<String> roles) {
    return CHAIN
        + "select count(*) from announcement a where "
        + SHOWING
        + " and "
        + addressedTo(roles);
  }

  /** Opening one announcement checks first that it is showing and addressed to the caller. */
  static String openCheck(List<String> roles) {
    return CHAIN
        + "select a.id from announcement a where a.id = ?3 and "
        + SHOWING
        + " and "
        + addressedTo(roles);
  }

  static final String AUDIENCE_OF =
      "with recursive below(username) as ("
          + " select s.username from staff_member s join announcement_reporting_line rl"
          + " on s.manager_username = rl.manager_username where rl.announcement_id = ?3"
          + " union select s.username from staff_member s join below b"
          + " on s.manager_username = b.username),"
          + " audience(username, department) as ("
          + " select s.username, s.department from staff_member s where s.active and ("
          + " exists (select 1 from announcement a where a.id = ?3 and a.audience_everyone)"
          + " or s.department in (select d.department from announcement_department d"
          + " where d.announcement_id = ?3"
          + ") or exists (select 1 from staff_member_role r join announcement_role ar"
          + " on ar.role = r.role where ar.announcement_id = ?3 and r.staff_member_id = s.id)"
          + " or s.username in (select m.username from membership m join announcement_community ac"
          + " on ac.community_id = m.community_id where ac.announcement_id = ?3"
          + " and m.status = 'ACTIVE')"
          + " or s.username in (select b.username from below b))) ";

  private static final String RECEIPTS =
      " cross join (select acknowledgement_required as required,"
          + " coalesce(acknowledgements_reset_at, '-infinity') as reset_at"
          + " from announcement where id = ?3) x"
          + " left join announcement_receipt r on r.announcement_id = ?3"
          + " and r.username = au.username ";

  private static final String STANDS = "r.acknowledged_at > x.reset_at";

  private static final String PENDING =
      "(case when x.required then r.acknowledged_at is null or r.acknowledged_at <= x.reset_at"
          + " else r.username is null end)";

  static final String REPORT =
      AUDIENCE_OF
          + "select au.department, count(*), count(r.username), count(*) filter (where "
          + STANDS
          + ") from audience au"
          + RECEIPTS
          + "group by au.department order by au.department nulls last";

  static final String PENDING_COUNT =
      AUDIENCE_OF + "select count(*) from audience au" + RECEIPTS + "where " + PENDING;

  static final String PENDING_PAGE =
      AUDIENCE_OF
          + "select au.username, s.display_name, au.department, r.username is not null"
          + " from audience au join staff_member s on s.username = au.username"
          + RECEIPTS
          + "where "
          + PENDING
          + " order by au.department nulls last, s.display_name, au.username offset 0 limit 50";

  // ---- Timing. ----

  private static final Pattern PLANNING = Pattern.compile("Planning Time: ([0-9.]+) ms");
  private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

  /** One person of the sample: their username and the roles recorded at sign-in. */
  record Person(String username, List<String> roles) {}

  /** The timings of one statement, in milliseconds (planning plus execution). */
  record Timings(String statement, double[] millis) {

    double percentile(double p) {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      int rank = (int) Math.ceil(p / 100 * sorted.length);
      return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %.1f | %.1f | %.1f |",
          statement,
          millis.length,
          percentile(50),
          percentile(95),
          percentile(100));
    }
  }

  private final Connection connection;
  private final PrintStream out;
  private final boolean plans;

  AnnouncementQueries(Connection connection, PrintStream out, boolean plans) {
    this.connection = connection;
    this.out = out;
    this.plans = plans;
  }

  public static void main(String[] args) throws SQLException {
    Map<String, String> env = System.getenv();
    String url = env.getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/lc_bench_xl");
    String user = env.getOrDefault("DB_USER", "postgres");
    String password = env.getOrDefault("DB_PASSWORD", "postgres");
    int users = 50;
    int runs = 10;
    Long announcement = null;
    boolean plans = false;
    List<String> settings = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--db-url" -> url = args[++i];
        case "--db-user" -> user = args[++i];
        case "--db-password" -> password = args[++i];
        case "--users" -> users = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--announcement" -> announcement = Long.parseLong(args[++i]);
        case "--plans" -> plans = true;
        case "--set" -> settings.add(args[++i]);
        case "--help", "-h" -> {
          System.out.println(USAGE);
          return;
        }
        default -> {
          System.err.println("Unknown argument: " + args[i]);
          System.err.println(USAGE);
          System.exit(2);
        }
      }
    }
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      for (String setting : settings) {
        int equals = setting.indexOf('=');
        if (equals < 1) {
          throw new IllegalArgumentException("--set needs NAME=VALUE, not " + setting);
        }
        try (java.sql.PreparedStatement set =
            connection.prepareStatement("select set_config(?, ?, false)")) {
          set.setString(1, setting.substring(0, equals).strip());
          set.setString(2, setting.substring(equals + 1).strip());
          set.execute();
        }
        System.out.println("Session setting: " + setting);
      }
      new AnnouncementQueries(connection, System.out, plans).run(users, runs, announcement);
    }
  }

  void run(int users, int runs, Long announcementId) throws SQLException {
    Instant now = Instant.now();
    List<Person> sample = sample(users);
    long announcement = announcementId != null ? announcementId : firstToEveryone();
    out.printf(
        Locale.ROOT,
        "Sample: %d people; report of announcement %d (audience %,d); now = %s%n",
        sample.size(),
        announcement,
        audienceSize(announcement),
        now);

    List<Timings> results = new ArrayList<>();
    String time = "timestamptz '" + now + "'";
    String[] home = {"home list (mine, 20)", "home count (countMine)", "open check (open)"};
    for (int s = 0; s < home.length; s++) {
      double[] millis = new double[sample.size()];
      for (int i = -1; i < sample.size(); i++) {
        Person person = sample.get(Math.max(0, i));
        String sql =
            switch (s) {
              case 0 -> homeList(person.roles());
              case 1 -> homeCount(person.roles());
              default -> openCheck(person.roles());
            };
        sql = bind(sql, person.username(), time, announcement);
        if (i < 0) {
          // Warm-up, and the plan of the first person.
          explain(sql, plans ? home[s] + ", " + person.username() + " " + person.roles() : null);
          continue;
        }
        millis[i] = explain(sql, null);
      }
      results.add(new Timings(home[s], millis));
    }
    String[] report = {
      "report per department", "pending count", "pending page (50)",
    };
    String[] reportSql = {REPORT, PENDING_COUNT, PENDING_PAGE};
    for (int s = 0; s < report.length; s++) {
      String sql = bind(reportSql[s], "", time, announcement);
      explain(sql, plans ? report[s] + ", announcement " + announcement : null);
      double[] millis = new double[runs];
      for (int i = 0; i < runs; i++) {
        millis[i] = explain(sql, null);
      }
      results.add(new Timings(report[s], millis));
    }
    out.println();
    out.println("| Statement | Runs | p50 ms | p95 ms | max ms |");
    out.println("|---|---|---|---|---|");
    for (Timings timings : results) {
      out.println(timings.row());
    }
  }

  static String bind(String sql, String username, String time, long announcement) {
    return sql.replace("?1", "'" + username.replace("'", "''") + "'")
        .replace("?2", time)
        .replace("?3", Long.toString(announcement));
  }

  /** Runs the statement under EXPLAIN ANALYZE; prints the plan when titled. */
  private double explain(String sql, String title) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("explain (analyze, buffers) " + sql)) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    if (title != null) {
      out.println();
      out.println("-- " + title);
      out.print(plan);
    }
    return millis(PLANNING, plan) + millis(EXECUTION, plan);
  }

  private static double millis(Pattern pattern, CharSequence plan) {
    Matcher matcher = pattern.matcher(plan);
    if (!matcher.find()) {
      throw new IllegalStateException("No '" + pattern + "' in the plan:\n" + plan);
    }
    return Double.parseDouble(matcher.group(1));
  }

  /** Active generated people spread over the organisation, with their recorded roles. */
  private List<Person> sample(int users) throws SQLException {
    List<Person> people = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select s.username, coalesce(string_agg(r.role, ',' order by r.role), '')"
                    + " from staff_member s left join staff_member_role r"
                    + " on r.staff_member_id = s.id"
                    + " where s.active and s.username ~ '^u[0-9]{6}$'"
                    + " group by s.username order by hashtext(s.username || ':sample'), s.username"
                    + " limit "
                    + users)) {
      while (rows.next()) {
        String roles = rows.getString(2);
        people.add(
            new Person(rows.getString(1), roles.isEmpty() ? List.of() : List.of(roles.split(","))));
      }
    }
    if (people.isEmpty()) {
      throw new IllegalStateException("No generated staff: generate a preset first");
    }
    return people;
  }

  private long firstToEveryone() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select min(id) from announcement where audience_everyone"
                    + " and created_by ~ '^u[0-9]{6}$'")) {
      rows.next();
      long id = rows.getLong(1);
      if (rows.wasNull()) {
        throw new IllegalStateException("No generated announcement to everyone");
      }
      return id;
    }
  }

  private long audienceSize(long announcement) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                bind(AUDIENCE_OF + "select count(*) from audience", "", "now()", announcement))) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
