package org.learningcommons.bench.query;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learningcommons.bench.dataset.LearningTexts;

/**
 * Times the learning statements behind issue 6's speed targets straight on the database, without a
 * running server: the catalogue search (under 100 ms), the course page and the lesson page (p95
 * under 150 ms at 20 users: their database share) and a record of 500 entries (under 100 ms). Each
 * statement runs under {@code EXPLAIN (ANALYZE, BUFFERS)} once per sample person after one warm-up,
 * and planning plus execution time is summarised as p50, p95 and maximum, per statement and per
 * page (the sum of its statements). See docs/benchmarks.md, "Learning".
 *
 * <p>The catalogue and the record are copies of the application's SQL as the branches building them
 * had it (CourseCatalogue on wip/p1 at fc2efd1, RecordQueries on wip/p4 at 64311c9), with the
 * parameters written in as literals; the course and lesson pages read through JPA there, so their
 * statements here are what LearningGate and those pages load (the course, the caller's department,
 * an enrolment, tags, audience, modules, the outline, the caller's progress and attempts). When the
 * application's SQL changes, change the copy here too.
 */
public final class LearningQueries {

  static final String USAGE =
      String.join(
          "\n",
          "Usage: LearningQueries [options]",
          "  --db-url URL        default: env DB_URL, else"
              + " jdbc:postgresql://127.0.0.1:5432/lc_bench_learning_l",
          "  --db-user USER      default: env DB_USER, else postgres",
          "  --db-password PW    default: env DB_PASSWORD, else postgres",
          "  --users N           sample learners for the catalogue, course and lesson (default 50)",
          "  --runs N            runs of the record per person with a long record (default 10)",
          "  --plans             also print one plan of each statement (EXPLAIN ANALYZE, BUFFERS)",
          "  --set NAME=VALUE    a session setting first, e.g. jit=off (repeatable)");

  // ---- The statements. {me}, {dept}, {course}, {item}, {q}, {category}, {tag}, {ids} are bound
  // as literals. ----

  /**
   * Published, and the caller's own or for everyone or for the caller's department, as {@code
   * CourseCatalogue.where} (branch wip/p1 at fc2efd1) writes it for a member of staff.
   */
  static final String VISIBLE =
      "c.status = 'PUBLISHED' and (c.owner = {me} or not exists (select 1 from"
          + " course_audience_department a where a.course_id = c.id) or exists (select 1 from"
          + " course_audience_department a where a.course_id = c.id and a.department = {dept}))";

  /** Every word typed must begin a word of the course: {@code data:*}. */
  static final String MATCHES = " and c.search_vector @@ to_tsquery('simple', {q})";

  static final String SUMMARY_COLUMNS =
      "c.id, c.title, c.summary, c.category, c.duration_minutes, c.format, c.status,"
          + " c.self_enrol, c.rating_count, c.rating_sum, c.owner";

  static final String SEARCH_PAGE =
      "select "
          + SUMMARY_COLUMNS
          + " from course c where "
          + VISIBLE
          + MATCHES
          + " order by lower(c.title), c.id offset 0 limit 20";

  static final String SEARCH_COUNT = "select count(*) from course c where " + VISIBLE + MATCHES;

  /** The tags of the courses on the page, one statement for the whole page. */
  static final String PAGE_TAGS =
      "select t.course_id, t.tag from course_tag t where t.course_id in ({ids})"
          + " order by t.course_id, t.tag";

  /** The caller's enrolment per course of the page: the active one, else the latest. */
  static final String PAGE_ENROLMENTS =
      "select distinct on (course_id) course_id, status from enrolment where username = {me}"
          + " and course_id in ({ids}) order by course_id, (status = 'ACTIVE') desc,"
          + " enrolled_at desc";

  static final String CATEGORY_PAGE =
      "select "
          + SUMMARY_COLUMNS
          + " from course c where "
          + VISIBLE
          + " and c.category = {category} order by lower(c.title), c.id offset 0 limit 20";

  static final String CATEGORY_COUNT =
      "select count(*) from course c where " + VISIBLE + " and c.category = {category}";

  static final String TAG_PAGE =
      "select "
          + SUMMARY_COLUMNS
          + " from course c where "
          + VISIBLE
          + " and exists (select 1 from course_tag t where t.course_id = c.id and t.tag = {tag})"
          + " order by lower(c.title), c.id offset 0 limit 20";

  static final String TAG_COUNT =
      "select count(*) from course c where "
          + VISIBLE
          + " and exists (select 1 from course_tag t where t.course_id = c.id and t.tag = {tag})";

  // LearningGate.course(id): the course, the caller's department, any enrolment of theirs.
  static final String COURSE =
      "select c.id, c.title, c.summary, c.category, c.duration_minutes, c.format, c.owner,"
          + " c.status, c.self_enrol, c.validity_months, c.renewal_window_days, c.community_id,"
          + " c.created_at, c.updated_at, c.published_at, c.retired_at, c.rating_count,"
          + " c.rating_sum, c.version from course c where c.id = {course}";
  static final String COURSE_TAGS = "select tag from course_tag where course_id = {course}";
  static final String COURSE_AUDIENCE =
      "select department from course_audience_department where course_id = {course}";
  static final String MY_DEPARTMENT =
      "select s.department from staff_member s where s.username = {me}";
  static final String ANY_ENROLMENT =
      "select e.id from enrolment e where e.course_id = {course} and e.username = {me} limit 1";

  static final String MODULES =
      "select m.id, m.position, m.title from course_module m where m.course_id = {course}"
          + " order by m.position";

  /** The outline: every item without its body, in module order. */
  static final String OUTLINE =
      "select i.id, i.module_id, i.position, i.kind, i.title, i.required, i.pass_mark,"
          + " i.attempt_limit from course_item i join course_module m on m.id = i.module_id"
          + " where i.course_id = {course} order by m.position, i.position";

  static final String MY_ENROLMENT =
      "select e.id, e.origin, e.enrolled_by, e.enrolled_at, e.due_at, e.status, e.started_at,"
          + " e.version from enrolment e where e.course_id = {course} and e.username = {me}"
          + " and e.status = 'ACTIVE'";

  static final String MY_PROGRESS =
      "select p.item_id, p.completed_at from item_progress p join enrolment e"
          + " on e.id = p.enrolment_id where e.course_id = {course} and e.username = {me}"
          + " and e.status = 'ACTIVE'";

  static final String MY_ATTEMPTS =
      "select a.item_id, count(*), max(a.score), bool_or(a.passed) from quiz_attempt a"
          + " join enrolment e on e.id = a.enrolment_id where e.course_id = {course}"
          + " and e.username = {me} and e.status = 'ACTIVE' group by a.item_id";

  static final String LEARNERS =
      "select count(*) from enrolment e where e.course_id = {course} and e.status = 'ACTIVE'";

  static final String LATEST_REVIEWS =
      "select r.id, r.username, s.display_name, r.rating, r.text, r.updated_at"
          + " from course_review r left join staff_member s on s.username = r.username"
          + " where r.course_id = {course} order by r.updated_at desc, r.id desc limit 5";

  static final String LESSON =
      "select i.id, i.module_id, i.position, i.kind, i.title, i.body, i.url, i.attachment_id,"
          + " i.required from course_item i where i.id = {item} and i.course_id = {course}";

  static final String LESSON_DONE =
      "select p.completed_at from item_progress p join enrolment e on e.id = p.enrolment_id"
          + " where e.course_id = {course} and e.username = {me} and e.status = 'ACTIVE'"
          + " and p.item_id = {item}";

  // The record as RecordQueries (branch wip/p4 at 64311c9) reads it: completed courses paged with
  // their count, courses in progress with their progress bars, mandatory training with the latest
  // completion deciding its status, and this year's CPD hours (the external learning and target
  // parts of that statement read V16's tables, which a V12 dataset has not).

  static final String RECORD_COUNT = "select count(*) from completion where username = {me}";

  static final String RECORD_PAGE =
      "select c.id, c.course_id, co.title, c.completed_at, c.minutes, c.valid_until, c.source"
          + " from completion c join course co on co.id = c.course_id where c.username = {me}"
          + " order by c.completed_at desc, c.id desc offset 0 limit 20";

  static final String RECORD_MANDATORY =
      "select * from (select distinct on (e.course_id) e.course_id, co.title, e.origin,"
          + " e.due_at, e.started_at, co.renewal_window_days, lc.id, lc.completed_at,"
          + " lc.valid_until from enrolment e join course co on co.id = e.course_id"
          + " left join lateral (select c.id, c.completed_at, c.valid_until from completion c"
          + " where c.username = e.username and c.course_id = e.course_id"
          + " order by c.completed_at desc, c.id desc limit 1) lc on true"
          + " where e.username = {me} and e.status <> 'WITHDRAWN'"
          + " and (e.due_at is not null or e.origin in ('RULE', 'HR', 'MANAGER'))"
          + " order by e.course_id, e.enrolled_at desc, e.id desc) m limit 200";

  static final String RECORD_CPD_YEAR =
      "select coalesce(sum(c.minutes), 0) from completion c where c.username = {me}"
          + " and c.completed_at >= timestamptz '2026-01-01T00:00:00Z'"
          + " and c.completed_at < timestamptz '2027-01-01T00:00:00Z'";

  /** All 500 entries at once, newest first: the record without paging, for comparison. */
  static final String RECORD_COMPLETIONS =
      "select c.id, c.course_id, co.title, c.completed_at, c.minutes, c.valid_until, c.source"
          + " from completion c join course co on co.id = c.course_id where c.username = {me}"
          + " order by c.completed_at desc, c.id desc";

  /**
   * Required items and those done per active enrolment (the progress bars), counted per enrolment
   * through {@code course_item_course_ix} and {@code item_progress}'s primary key. The one-join
   * form below reads the same, but PostgreSQL expects a person with a long record to have about 130
   * active enrolments (they have 5) and hashes the whole of {@code item_progress} instead: 140 ms
   * on L against under 1 ms.
   */
  static final String RECORD_PROGRESS =
      "select e.id, e.course_id, co.title, e.enrolled_at, e.due_at, e.started_at,"
          + " (select count(*) from course_item i where i.course_id = e.course_id and i.required),"
          + " (select count(*) from item_progress p join course_item i on i.id = p.item_id"
          + " where p.enrolment_id = e.id and i.required)"
          + " from enrolment e join course co on co.id = e.course_id"
          + " where e.username = {me} and e.status = 'ACTIVE'"
          + " order by e.due_at nulls last, e.enrolled_at desc, e.id desc limit 200";

  /** The same counts in one join and group: the plan to avoid (see above). */
  static final String RECORD_PROGRESS_JOINED =
      "select e.id, count(*) filter (where i.required),"
          + " count(p.item_id) filter (where i.required) from enrolment e"
          + " join course_item i on i.course_id = e.course_id left join item_progress p"
          + " on p.enrolment_id = e.id and p.item_id = i.id"
          + " where e.username = {me} and e.status = 'ACTIVE' group by e.id";

  /** One page and the statements it runs, timed together. */
  record Page(String name, Map<String, String> statements) {}

  static final Page SEARCH =
      page(
          "catalogue search (q, first 20)",
          "search page",
          SEARCH_PAGE,
          "search count",
          SEARCH_COUNT,
          "page tags",
          PAGE_TAGS,
          "my enrolments on the page",
          PAGE_ENROLMENTS);

  static final Page CATEGORY =
      page(
          "catalogue by category (first 20)",
          "category page",
          CATEGORY_PAGE,
          "category count",
          CATEGORY_COUNT);

  static final Page TAG =
      page("catalogue by tag (first 20)", "tag page", TAG_PAGE, "tag count", TAG_COUNT);

  static final Page COURSE_PAGE =
      page(
          "course page (enrolled learner)",
          "course",
          COURSE,
          "my department (gate)",
          MY_DEPARTMENT,
          "any enrolment (gate)",
          ANY_ENROLMENT,
          "course tags",
          COURSE_TAGS,
          "course audience",
          COURSE_AUDIENCE,
          "modules",
          MODULES,
          "outline (items)",
          OUTLINE,
          "my enrolment",
          MY_ENROLMENT,
          "my progress",
          MY_PROGRESS,
          "my attempts",
          MY_ATTEMPTS,
          "learners",
          LEARNERS,
          "latest reviews",
          LATEST_REVIEWS);

  static final Page LESSON_PAGE =
      page(
          "lesson page (enrolled learner)",
          "lesson course",
          COURSE,
          "lesson my department (gate)",
          MY_DEPARTMENT,
          "lesson any enrolment (gate)",
          ANY_ENROLMENT,
          "lesson",
          LESSON,
          "lesson my enrolment",
          MY_ENROLMENT,
          "lesson done?",
          LESSON_DONE,
          "lesson outline",
          OUTLINE);

  static final Page RECORD =
      page(
          "record of 500 entries (first page of 20, in progress, mandatory, CPD year)",
          "record count",
          RECORD_COUNT,
          "record page (20)",
          RECORD_PAGE,
          "record in progress",
          RECORD_PROGRESS,
          "record mandatory",
          RECORD_MANDATORY,
          "record CPD year",
          RECORD_CPD_YEAR);

  static final Page RECORD_ALL =
      page(
          "record: all 500 completions at once (for comparison)",
          "record completions (all)",
          RECORD_COMPLETIONS);

  static final Page RECORD_PROGRESS_AS_ONE_JOIN =
      page(
          "record progress as one join (for comparison, not in the record)",
          "record progress, joined",
          RECORD_PROGRESS_JOINED);

  private static Page page(String name, String... namesAndStatements) {
    Map<String, String> statements = new LinkedHashMap<>();
    for (int i = 0; i < namesAndStatements.length; i += 2) {
      statements.put(namesAndStatements[i], namesAndStatements[i + 1]);
    }
    return new Page(name, statements);
  }

  /** One sample learner: an active enrolment on a published course, and one of its lessons. */
  record Learner(String username, String department, long course, long item, String term) {

    Map<String, String> values() {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("me", literal(username));
      values.put("dept", literal(department));
      values.put("course", Long.toString(course));
      values.put("item", Long.toString(item));
      values.put("q", literal(term + ":*"));
      return values;
    }
  }

  static String literal(String value) {
    return value == null ? "null" : "'" + value.replace("'", "''") + "'";
  }

  /** Replaces every {name} with its literal. */
  static String bind(String sql, Map<String, String> values) {
    String bound = sql;
    for (Map.Entry<String, String> value : values.entrySet()) {
      bound = bound.replace("{" + value.getKey() + "}", value.getValue());
    }
    if (bound.matches("(?s).*\\{[a-z]+\\}.*")) {
      throw new IllegalArgumentException("Unbound parameter in " + bound);
    }
    return bound;
  }

  private static final Pattern PLANNING = Pattern.compile("Planning Time: ([0-9.]+) ms");
  private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

  private final Connection connection;
  private final PrintStream out;
  private final boolean plans;

  LearningQueries(Connection connection, PrintStream out, boolean plans) {
    this.connection = connection;
    this.out = out;
    this.plans = plans;
  }

  public static void main(String[] args) throws SQLException {
    Map<String, String> env = System.getenv();
    String url = env.getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/lc_bench_learning_l");
    String user = env.getOrDefault("DB_USER", "postgres");
    String password = env.getOrDefault("DB_PASSWORD", "postgres");
    int users = 50;
    int runs = 10;
    boolean plans = false;
    List<String> settings = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--db-url" -> url = args[++i];
        case "--db-user" -> user = args[++i];
        case "--db-password" -> password = args[++i];
        case "--users" -> users = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
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
      new LearningQueries(connection, System.out, plans).run(users, runs);
    }
  }

  void run(int users, int runs) throws SQLException {
    List<Learner> sample = sample(users);
    List<String> records = recordPeople();
    List<String> categories = column("select distinct category from course order by 1");
    List<String> tags = column("select distinct tag from course_tag order by 1");
    out.printf(
        Locale.ROOT,
        "Sample: %d learners; records of %s%n",
        sample.size(),
        String.join(", ", records));

    List<AnnouncementQueries.Timings> results = new ArrayList<>();
    for (Page page : List.of(SEARCH, CATEGORY, TAG, COURSE_PAGE, LESSON_PAGE)) {
      List<Map<String, String>> bindings = new ArrayList<>();
      for (int i = 0; i < sample.size(); i++) {
        Map<String, String> values = sample.get(i).values();
        values.put("category", literal(categories.get(i % categories.size())));
        values.put("tag", literal(tags.get(i * 7 % tags.size())));
        bindings.add(values);
      }
      results.addAll(time(page, bindings));
    }
    List<Map<String, String>> bindings = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      for (String username : records) {
        bindings.add(Map.of("me", literal(username)));
      }
    }
    results.addAll(time(RECORD, bindings));
    results.addAll(time(RECORD_ALL, bindings));
    results.addAll(time(RECORD_PROGRESS_AS_ONE_JOIN, bindings));

    out.println();
    out.println("| Statement | Runs | p50 ms | p95 ms | max ms |");
    out.println("|---|---|---|---|---|");
    for (AnnouncementQueries.Timings timings : results) {
      out.println(timings.row());
    }
  }

  /**
   * Times each statement of the page for every binding, after one warm-up with the first, and the
   * page as the sum of its statements per binding. The tags of a search page are those of the
   * courses that page found.
   */
  private List<AnnouncementQueries.Timings> time(Page page, List<Map<String, String>> bindings)
      throws SQLException {
    Map<String, double[]> millis = new LinkedHashMap<>();
    double[] total = new double[bindings.size()];
    for (Map.Entry<String, String> statement : page.statements().entrySet()) {
      double[] times = new double[bindings.size()];
      for (int i = -1; i < bindings.size(); i++) {
        Map<String, String> values = new LinkedHashMap<>(bindings.get(Math.max(0, i)));
        if (statement.getValue().contains("{ids}")) {
          values.put("ids", pageIds(bind(SEARCH_PAGE, values)));
        }
        String sql = bind(statement.getValue(), values);
        if (i < 0) {
          explain(sql, plans ? page.name() + ": " + statement.getKey() + ", " + values : null);
          continue;
        }
        times[i] = explain(sql, null);
        total[i] += times[i];
      }
      millis.put(statement.getKey(), times);
    }
    List<AnnouncementQueries.Timings> timings = new ArrayList<>();
    timings.add(new AnnouncementQueries.Timings("**" + page.name() + "**", total));
    for (Map.Entry<String, double[]> statement : millis.entrySet()) {
      timings.add(new AnnouncementQueries.Timings(statement.getKey(), statement.getValue()));
    }
    return timings;
  }

  /** The ids the search page found, for the page's tags; 0 when it found none. */
  private String pageIds(String searchPage) throws SQLException {
    List<String> ids = column("select id from (" + searchPage + ") page");
    return ids.isEmpty() ? "0" : String.join(",", ids);
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

  /**
   * Generated people spread over the organisation, each with an active enrolment on a published
   * course and a lesson of it (as the journey's CSV picks them), and a search word.
   */
  private List<Learner> sample(int users) throws SQLException {
    List<Learner> sample = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select distinct on (hashtext(e.username || ':sample'), e.username)"
                    + " e.username, s.department, e.course_id,"
                    + " (select i.id from course_item i where i.course_id = e.course_id"
                    + " and i.kind = 'PAGE' order by i.id limit 1)"
                    + " from enrolment e join course c on c.id = e.course_id"
                    + " join staff_member s on s.username = e.username"
                    + " where e.status = 'ACTIVE' and c.status = 'PUBLISHED'"
                    + " and e.username ~ '^u[0-9]{6}$' and exists (select 1 from course_item i"
                    + " where i.course_id = e.course_id and i.kind = 'PAGE')"
                    + " order by hashtext(e.username || ':sample'), e.username, e.course_id"
                    + " limit "
                    + users)) {
      while (rows.next()) {
        String username = rows.getString(1);
        List<String> terms = LearningTexts.SEARCH_TERMS;
        sample.add(
            new Learner(
                username,
                rows.getString(2),
                rows.getLong(3),
                rows.getLong(4),
                terms.get(Math.floorMod(username.hashCode() * 17 + 3, terms.size()))));
      }
    }
    if (sample.isEmpty()) {
      throw new IllegalStateException("No generated learners: generate a preset first");
    }
    return sample;
  }

  /** The people with a long record (hundreds of completions; everybody else has a few). */
  private List<String> recordPeople() throws SQLException {
    List<String> people =
        column(
            "select username from completion where username ~ '^u[0-9]{6}$'"
                + " group by username having count(*) >= 40 order by count(*) desc, username");
    if (people.isEmpty()) {
      throw new IllegalStateException("No long records: generate a preset first");
    }
    return people;
  }

  private List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
