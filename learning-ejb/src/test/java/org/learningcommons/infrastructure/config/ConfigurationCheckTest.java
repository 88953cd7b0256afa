package org.learningcommons.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigurationCheckTest {

  private static final Map<String, String> COMPLETE =
      Map.of(
          "DB_URL", "jdbc:postgresql://db/lc",
          "DB_USER", "lc",
          "DB_PASSWORD", "secret",
          "LDAP_URL", "ldaps://dc1.corp.example",
          "LDAP_USER_BASE_DN", "OU=Staff,DC=corp,DC=example");

  @Test
  void completeSettingsPass() {
    assertEquals(
        Optional.empty(),
        ConfigurationCheck.problem(key -> Optional.ofNullable(COMPLETE.get(key))));
  }

  @Test
  void theMessageNamesEveryMissingSettingAndWhereToReadAboutIt() {
    Map<String, String> settings = Map.of("DB_USER", "lc", "DB_PASSWORD", "secret");

    String message =
        ConfigurationCheck.problem(key -> Optional.ofNullable(settings.get(key))).orElseThrow();

    assertTrue(message.contains("DB_URL, LDAP_URL, LDAP_USER_BASE_DN"), message);
    assertTrue(message.contains("docs/configuration.md"), message);
  }

  @Test
  void blankValuesCountAsMissing() {
    String message =
        ConfigurationCheck.problem(
                key -> Optional.of(key.equals("LDAP_URL") ? "  " : COMPLETE.get(key)))
            .orElseThrow();

    assertTrue(message.contains("LDAP_URL"), message);
  }
}
