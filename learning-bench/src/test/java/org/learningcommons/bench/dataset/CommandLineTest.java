package org.learningcommons.bench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void presetAloneTakesTheDefaults() {
    Options options = CommandLine.parse(new String[] {"--preset", "l"}, Map.of());
    assertEquals(Preset.L, options.preset());
    assertEquals(42, options.seed());
    assertEquals("jdbc:postgresql://127.0.0.1:5432/learning_bench", options.dbUrl());
    assertEquals("postgres", options.dbUser());
    assertEquals("postgres", options.dbPassword());
    assertEquals(Path.of(".bench", "L.ldif"), options.ldif());
    assertFalse(options.createDatabase());
    assertFalse(options.force());
  }

  @Test
  void databaseDefaultsComeFromTheEnvironment() {
    Options options =
        CommandLine.parse(
            new String[] {"--preset", "S"},
            Map.of("DB_URL", "jdbc:postgresql://db/x", "DB_USER", "u", "DB_PASSWORD", "p"));
    assertEquals("jdbc:postgresql://db/x", options.dbUrl());
    assertEquals("u", options.dbUser());
    assertEquals("p", options.dbPassword());
  }

  @Test
  void everyOptionCanBeGiven() {
    Options options =
        CommandLine.parse(
            new String[] {
              "--preset=XL", "--seed", "7", "--db-url", "jdbc:postgresql://h:1/d", "--db-user=a",
              "--db-password", "b", "--ldif", "out/x.ldif", "--create-database", "--force"
            },
            Map.of("DB_URL", "ignored"));
    assertEquals(
        new Options(
            Preset.XL, 7, "jdbc:postgresql://h:1/d", "a", "b", Path.of("out/x.ldif"), true, true),
        options);
    assertFalse(options.toString().contains("b,"), "the password stays out of logs");
  }

  @Test
  void wrongUsageIsExplained() {
    assertThrows(IllegalArgumentException.class, () -> parse());
    assertThrows(IllegalArgumentException.class, () -> parse("--preset"));
    assertThrows(IllegalArgumentException.class, () -> parse("--preset", "XXL"));
    assertThrows(IllegalArgumentException.class, () -> parse("--preset", "S", "--seed", "x"));
    assertThrows(IllegalArgumentException.class, () -> parse("--preset", "S", "--fast"));
  }

  @Test
  void wrongUsageExitsWithTwoAndPrintsTheUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        DatasetGenerator.run(
            new String[] {"--seed", "1"},
            Map.of(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(DatasetGenerator.WRONG_USAGE, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--preset is required"));
  }

  @Test
  void databaseUrlsAreReadForCreation() {
    assertEquals(
        "lc_bench_l", TargetDatabase.databaseName("jdbc:postgresql://127.0.0.1:5432/lc_bench_l"));
    assertEquals("x", TargetDatabase.databaseName("jdbc:postgresql://h/x?sslmode=disable&user=me"));
    assertEquals(
        "jdbc:postgresql://h:5/postgres?sslmode=disable",
        TargetDatabase.maintenanceUrl("jdbc:postgresql://h:5/x?sslmode=disable"));
    assertThrows(
        IllegalArgumentException.class, () -> TargetDatabase.databaseName("jdbc:postgresql:x"));
    assertThrows(
        IllegalArgumentException.class, () -> TargetDatabase.databaseName("jdbc:postgresql://h/"));
  }

  private static Options parse(String... args) {
    return CommandLine.parse(args, Map.of());
  }
}
