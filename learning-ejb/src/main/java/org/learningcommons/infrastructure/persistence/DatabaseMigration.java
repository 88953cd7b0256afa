package org.learningcommons.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway once, at startup, before anything uses JPA (beans that
 * touch the database at startup depend on this one). Flyway's own lock table makes concurrent
 * starts of several nodes safe.
 */
@Singleton
@Startup
@DependsOn("ConfigurationCheck")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=DB_URL}",
    user = "${MPCONFIG=DB_USER}",
    password = "${MPCONFIG=DB_PASSWORD}",
    initialPoolSize = 2,
    minPoolSize = 2,
    maxPoolSize = 20,
    maxIdleTime = 300,
    properties = {
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.is-connection-validation-required=true",
      // Validate a pooled connection at most once a minute, not before every use (a round trip
      // each).
      "fish.payara.validate-atmost-once-period-in-seconds=60",
      "fish.payara.fail-all-connections=true",
      // No JIT compilation: PostgreSQL estimates the audience queries far above their real cost
      // and spends most of their time compiling them (docs/benchmarks.md, announcements on XL).
      "options=-c jit=off"
    })
public class DatabaseMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/learningCommons";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + (result.targetSchemaVersion == null
                    ? result.initialSchemaVersion
                    : result.targetSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    logSessionSettings();
  }

  /** The settings the pool's sessions run with, so that an operator sees them in the log. */
  private void logSessionSettings() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select version(), current_setting('jit')")) {
      if (row.next()) {
        String version = row.getString(1);
        String jit = row.getString(2);
        LOG.info(() -> "Database: " + version + "; jit " + jit);
      }
    } catch (SQLException e) {
      LOG.warning(() -> "Could not read the database session settings: " + e.getMessage());
    }
  }
}
