package org.learningcommons.bench.dataset;

import java.nio.file.Path;
import java.util.Map;

/** Reads the generator's command line into {@link Options}. */
final class CommandLine {

  static final String USAGE =
      String.join(
          "\n",
          "Usage: DatasetGenerator --preset S|M|L|XL [options]",
          "  --seed N            random seed (default 42): same preset and seed, same data",
          "  --db-url URL        default: env DB_URL, else " + Options.DEFAULT_DB_URL,
          "  --db-user USER      default: env DB_USER, else " + Options.DEFAULT_DB_USER,
          "  --db-password PW    default: env DB_PASSWORD, else " + Options.DEFAULT_DB_PASSWORD,
          "  --ldif PATH         directory file to write (default .bench/<preset>.ldif)",
          "  --create-database   create the database on the server if it does not exist",
          "  --force             proceed although the database holds data the generator did not"
              + " make",
          "                      (that data is kept; only generated rows are replaced)",
          "Exit status: 0 done, 1 failed, 2 wrong usage, 3 refused because of foreign data.");

  /** Asked for the usage text rather than a run. */
  static final class HelpRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private CommandLine() {}

  static Options parse(String[] args, Map<String, String> environment) {
    Preset preset = null;
    Long seed = null;
    String url = null;
    String user = null;
    String password = null;
    Path ldif = null;
    boolean createDatabase = false;
    boolean force = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        value = arg.substring(equals + 1);
        arg = arg.substring(0, equals);
      }
      switch (arg) {
        case "--help", "-h" -> throw new HelpRequested();
        case "--create-database" -> createDatabase = true;
        case "--force" -> force = true;
        case "--preset", "--seed", "--db-url", "--db-user", "--db-password", "--ldif" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException(arg + " needs a value");
            }
            value = args[++i];
          }
          switch (arg) {
            case "--preset" -> preset = Preset.parse(value);
            case "--seed" -> seed = parseSeed(value);
            case "--db-url" -> url = value;
            case "--db-user" -> user = value;
            case "--db-password" -> password = value;
            default -> ldif = Path.of(value);
          }
        }
        default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
      }
    }
    if (preset == null) {
      throw new IllegalArgumentException("--preset is required (S, M, L or XL)");
    }
    Options options = Options.defaults(preset, environment);
    return new Options(
        preset,
        seed == null ? options.seed() : seed,
        url == null ? options.dbUrl() : url,
        user == null ? options.dbUser() : user,
        password == null ? options.dbPassword() : password,
        ldif == null ? options.ldif() : ldif,
        createDatabase,
        force);
  }

  private static long parseSeed(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--seed needs a whole number, not '" + value + "'", e);
    }
  }
}
