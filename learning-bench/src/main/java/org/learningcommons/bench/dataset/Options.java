package org.learningcommons.bench.dataset;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What to generate and where to.
 *
 * @param ldif the directory file to write; relative paths resolve against the working directory
 * @param createDatabase create the database on the server when it does not exist
 * @param force proceed next to foreign data (never deleting it) instead of refusing
 */
public record Options(
    Preset preset,
    long seed,
    String dbUrl,
    String dbUser,
    String dbPassword,
    Path ldif,
    boolean createDatabase,
    boolean force) {

  public static final long DEFAULT_SEED = 42;
  public static final String DEFAULT_DB_URL = "jdbc:postgresql://127.0.0.1:5432/learning_bench";
  public static final String DEFAULT_DB_USER = "postgres";
  public static final String DEFAULT_DB_PASSWORD = "postgres";

  public Options {
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(dbUrl, "dbUrl");
    Objects.requireNonNull(dbUser, "dbUser");
    Objects.requireNonNull(dbPassword, "dbPassword");
    Objects.requireNonNull(ldif, "ldif");
  }

  /**
   * The defaults for a preset: seed 42, the database from {@code DB_URL}, {@code DB_USER} and
   * {@code DB_PASSWORD} (else PostgreSQL on 127.0.0.1, database {@code learning_bench}, user and
   * password {@code postgres}), the LDIF at {@code .bench/<preset>.ldif}.
   */
  public static Options defaults(Preset preset) {
    return defaults(preset, System.getenv());
  }

  static Options defaults(Preset preset, Map<String, String> environment) {
    return new Options(
        preset,
        DEFAULT_SEED,
        environment.getOrDefault("DB_URL", DEFAULT_DB_URL),
        environment.getOrDefault("DB_USER", DEFAULT_DB_USER),
        environment.getOrDefault("DB_PASSWORD", DEFAULT_DB_PASSWORD),
        defaultLdif(preset),
        false,
        false);
  }

  static Path defaultLdif(Preset preset) {
    return Path.of(".bench", preset + ".ldif");
  }

  public Options withSeed(long seed) {
    return new Options(preset, seed, dbUrl, dbUser, dbPassword, ldif, createDatabase, force);
  }

  public Options withDatabase(String url, String user, String password) {
    return new Options(preset, seed, url, user, password, ldif, createDatabase, force);
  }

  public Options withLdif(Path ldif) {
    return new Options(preset, seed, dbUrl, dbUser, dbPassword, ldif, createDatabase, force);
  }

  public Options withCreateDatabase(boolean createDatabase) {
    return new Options(preset, seed, dbUrl, dbUser, dbPassword, ldif, createDatabase, force);
  }

  public Options withForce(boolean force) {
    return new Options(preset, seed, dbUrl, dbUser, dbPassword, ldif, createDatabase, force);
  }

  @Override
  public String toString() {
    // Never the password: options end up in logs.
    return "Options[preset="
        + preset
        + ", seed="
        + seed
        + ", dbUrl="
        + dbUrl
        + ", dbUser="
        + dbUser
        + ", ldif="
        + ldif
        + ", createDatabase="
        + createDatabase
        + ", force="
        + force
        + "]";
  }
}
