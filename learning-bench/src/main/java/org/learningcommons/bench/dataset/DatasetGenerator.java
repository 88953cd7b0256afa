package org.learningcommons.bench.dataset;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Generates a benchmark dataset: plans the organisation of a preset from a seed, writes the
 * matching directory LDIF and loads the database through the application's Flyway schema, in one
 * transaction. It refuses to run next to data it did not make unless forced, and even then never
 * deletes such data. See docs/benchmarks.md, "Dataset generator".
 */
public final class DatasetGenerator {

  /** Exit statuses of the command. */
  static final int FAILED = 1;

  static final int WRONG_USAGE = 2;

  /** Foreign data stopped the run; nothing was changed. */
  static final int REFUSED = 3;

  /**
   * Flyway logs each migration step through java.util.logging when nothing else is there; the
   * generator reports the schema version itself. Held here so the setting is not collected.
   */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  /** One step per kind of data, in load order; later issues append theirs. */
  static final List<DatasetStep> STEPS =
      List.of(
          new StaffStep(),
          new CommunityStep(),
          new AnnouncementStep(),
          new LearningStep(),
          new ReportingStep());

  private final Options options;
  private final Progress progress;
  private final TargetDatabase database;

  private DatasetGenerator(Options options, PrintStream out) {
    this.options = options;
    this.progress = new Progress(out);
    this.database = new TargetDatabase(options.dbUrl(), options.dbUser(), options.dbPassword());
  }

  /** The username of the {@code index}-th generated person (from 1): {@code u000001}. */
  public static String username(int index) {
    if (index < 1 || index > 999_999) {
      throw new IllegalArgumentException("No generated username for index " + index);
    }
    return String.format(Locale.ROOT, "u%06d", index);
  }

  /**
   * Generates a dataset as {@code options} say, reporting progress on standard output.
   *
   * @throws RefusedException when the database holds data the generator did not make and {@link
   *     Options#force()} is off, or foreign rows collide with the dataset
   * @throws SQLException when the database fails; the dataset's transaction is rolled back
   */
  public static Summary generate(Options options) throws SQLException {
    return new DatasetGenerator(options, System.out).generateDataset();
  }

  public static void main(String[] args) {
    FLYWAY_LOG.setLevel(Level.WARNING);
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = CommandLine.parse(args, environment);
    } catch (CommandLine.HelpRequested e) {
      out.println(CommandLine.USAGE);
      return 0;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(CommandLine.USAGE);
      return WRONG_USAGE;
    }
    try {
      new DatasetGenerator(options, out).generateDataset();
      return 0;
    } catch (RefusedException e) {
      err.println("Refused: " + e.getMessage());
      return REFUSED;
    } catch (SQLException e) {
      err.println("Failed: " + e.getMessage());
      return FAILED;
    } catch (RuntimeException e) {
      err.println("Failed: " + e);
      e.printStackTrace(err);
      return FAILED;
    }
  }

  private Summary generateDataset() throws SQLException {
    long start = System.nanoTime();
    Preset preset = options.preset();
    Path ldif = options.ldif().toAbsolutePath();
    progress.line(
        "Dataset %s (%,d staff, %,d departments), seed %d, into %s as %s",
        preset,
        preset.staff(),
        preset.departments(),
        options.seed(),
        options.dbUrl(),
        options.dbUser());

    Dataset dataset =
        progress.timed("Planned the organisation", () -> Dataset.plan(preset, options.seed()));
    if (options.createDatabase()) {
      boolean created = database.createIfMissing();
      progress.line(created ? "Created the database" : "The database exists already");
    }
    try (Connection connection = database.connect()) {
      // Before migrating: never touch the schema of a database that is not ours to fill.
      checkForeignData(Inventory.take(connection, STEPS), false);
    }
    String version = database.migrate();
    progress.line("Schema at version %s (Flyway migrations of learning-ejb)", version);
    load(dataset);
    // After the commit, so that a refusal or a failed load leaves the previous LDIF in place.
    progress.timed(
        "Wrote " + ldif,
        () -> {
          Ldif.write(dataset, ldif);
          return null;
        });
    Path journeyData = JourneyData.pathFor(ldif);
    progress.timed(
        "Wrote " + journeyData,
        () -> {
          try (Connection connection = database.connect()) {
            return JourneyData.write(connection, journeyData);
          }
        });
    long millis = Progress.millisSince(start);
    progress.line(
        "Done: %,d staff in %,d departments in %s",
        dataset.people().size(), dataset.departments().size(), Progress.seconds(millis));
    return new Summary(
        dataset.people().size(), dataset.departments().size(), millis, ldif, journeyData);
  }

  private void load(Dataset dataset) throws SQLException {
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      try {
        lockAgainstOtherGenerators(connection);
        Inventory inventory = Inventory.take(connection, STEPS);
        checkForeignData(inventory, true);
        checkConflicts(dataset, connection);
        removeGenerated(connection, inventory);
        Loader loader = new Loader(connection, progress);
        for (DatasetStep step : STEPS) {
          long start = System.nanoTime();
          long rows = step.load(dataset, loader);
          progress.line(
              "Step %s: %,d rows (%s)",
              step.name(), rows, Progress.seconds(Progress.millisSince(start)));
        }
        progress.timed(
            "Committed",
            () -> {
              connection.commit();
              return null;
            });
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
      connection.setAutoCommit(true);
      progress.timed(
          "Analyzed the tables",
          () -> {
            try (Statement statement = connection.createStatement()) {
              for (DatasetStep step : STEPS) {
                for (String table : step.tables()) {
                  statement.execute("analyze " + Inventory.quote(table));
                }
              }
            }
            return null;
          });
    }
  }

  private void checkForeignData(Inventory inventory, boolean reportKept) {
    if (!inventory.hasForeignData()) {
      return;
    }
    String foreign = Inventory.describe(inventory.foreign());
    if (!options.force()) {
      throw new RefusedException(
          "the database holds rows the generator did not make ("
              + foreign
              + "). Use an empty database (e.g. --create-database with a new name), or --force to"
              + " keep those rows and replace only generated ones.");
    }
    if (reportKept) {
      progress.line("Keeping rows the generator did not make (--force): %s", foreign);
    }
  }

  private void checkConflicts(Dataset dataset, Connection connection) throws SQLException {
    List<String> conflicts = new ArrayList<>();
    for (DatasetStep step : STEPS) {
      conflicts.addAll(step.conflicts(dataset, connection));
    }
    if (!conflicts.isEmpty()) {
      throw new RefusedException(
          "rows the generator did not make stand in its way, and it never deletes them: "
              + String.join("; ", conflicts));
    }
  }

  private void removeGenerated(Connection connection, Inventory inventory) throws SQLException {
    if (inventory.generated().isEmpty()) {
      return;
    }
    progress.line(
        "Replacing the generated rows of an earlier run: %s",
        Inventory.describe(inventory.generated()));
    for (int s = STEPS.size() - 1; s >= 0; s--) {
      DatasetStep step = STEPS.get(s);
      if (!truncated(connection, inventory, step)) {
        delete(connection, step);
      }
    }
  }

  /**
   * Empties a step's tables at once when they hold nothing but generated rows. Deleting row by row
   * would be far slower: every deleted post makes PostgreSQL look for activities and accepted
   * answers that point at it, and those references have no index. A table outside the step that
   * references one of them (another issue's) makes TRUNCATE refuse; the rows are deleted then.
   * Tables outside the step that reference its tables (a later step's, such as announcements naming
   * communities, or another issue's, such as feed tokens naming profiles) join the TRUNCATE when
   * they are empty now, since it refuses otherwise; later steps were emptied first.
   */
  private boolean truncated(Connection connection, Inventory inventory, DatasetStep step)
      throws SQLException {
    List<String> tables = step.tables();
    boolean foreign = inventory.foreign().stream().anyMatch(rows -> tables.contains(rows.table()));
    if (foreign) {
      return false;
    }
    List<String> existing = new ArrayList<>();
    for (Inventory.Rows rows : inventory.generated()) {
      if (tables.contains(rows.table())) {
        existing.add(Inventory.quote(rows.table()));
      }
    }
    if (existing.isEmpty()) {
      return true;
    }
    long start = System.nanoTime();
    Savepoint savepoint = connection.setSavepoint();
    try (Statement statement = connection.createStatement()) {
      // Every table of the step that exists: TRUNCATE needs the referencing ones in the same list.
      List<String> truncate = new ArrayList<>(quotedExisting(connection, tables));
      // Empty referencing tables join, and the empty tables referencing those in turn (a later
      // step's course refers to a community and is referred to by its tags).
      List<String> named = new ArrayList<>(tables);
      List<String> frontier = tables;
      while (!frontier.isEmpty()) {
        List<String> next = new ArrayList<>();
        for (String table : referencing(connection, frontier, named)) {
          if (isEmpty(statement, Inventory.quote(table))) {
            truncate.add(Inventory.quote(table));
            named.add(table);
            next.add(table);
          }
        }
        frontier = next;
      }
      statement.execute("truncate " + String.join(", ", truncate));
    } catch (SQLException e) {
      connection.rollback(savepoint);
      progress.line("  could not truncate (%s); deleting instead", e.getMessage());
      return false;
    }
    connection.releaseSavepoint(savepoint);
    progress.line(
        "  %s: emptied %s (%s)",
        step.name(), String.join(", ", existing), Progress.seconds(Progress.millisSince(start)));
    return true;
  }

  /** The names of the tables outside {@code known} with a foreign key into {@code tables}. */
  private static List<String> referencing(
      Connection connection, List<String> tables, List<String> known) throws SQLException {
    List<String> referencing = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select distinct r.relname from pg_constraint c"
                + " join pg_class r on r.oid = c.conrelid join pg_class t on t.oid = c.confrelid"
                + " join pg_namespace n on n.oid = t.relnamespace"
                + " where c.contype = 'f' and n.nspname = current_schema()"
                + " and t.relname = any (?) and not r.relname = any (?) order by r.relname")) {
      query.setArray(1, connection.createArrayOf("text", tables.toArray()));
      query.setArray(2, connection.createArrayOf("text", known.toArray()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          referencing.add(rows.getString(1));
        }
      }
    }
    return referencing;
  }

  private static boolean isEmpty(Statement statement, String quotedTable) throws SQLException {
    try (ResultSet rows = statement.executeQuery("select 1 from " + quotedTable + " limit 1")) {
      return !rows.next();
    }
  }

  private static List<String> quotedExisting(Connection connection, List<String> tables)
      throws SQLException {
    List<String> existing = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select 1 from information_schema.tables"
                + " where table_schema = current_schema() and table_name = ?")) {
      for (String table : tables) {
        query.setString(1, table);
        try (ResultSet rows = query.executeQuery()) {
          if (rows.next()) {
            existing.add(Inventory.quote(table));
          }
        }
      }
    }
    return existing;
  }

  private void delete(Connection connection, DatasetStep step) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      List<String> tables = step.tables();
      for (int i = tables.size() - 1; i >= 0; i--) {
        String table = tables.get(i);
        long start = System.nanoTime();
        int deleted =
            statement.executeUpdate(
                "delete from " + Inventory.quote(table) + " where " + step.generatedRows(table));
        progress.line(
            "  %s: removed %,d rows (%s)",
            table, deleted, Progress.seconds(Progress.millisSince(start)));
      }
    }
  }

  /** Two generators on one database would interleave their deletes and inserts. */
  private static void lockAgainstOtherGenerators(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_xact_lock(hashtext('learning-bench-dataset'))");
    }
  }
}
