package org.learningcommons.infrastructure.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start without the settings that have no sensible default, naming each missing one,
 * instead of failing later with a connection error nobody can read.
 */
@Singleton
@Startup
public class ConfigurationCheck {

  /** Settings without which Learning Commons cannot run. See docs/configuration.md. */
  static final List<String> REQUIRED =
      List.of("DB_URL", "DB_USER", "DB_PASSWORD", "LDAP_URL", "LDAP_USER_BASE_DN");

  private static final Logger LOG = Logger.getLogger(ConfigurationCheck.class.getName());

  @Inject Config config;

  @PostConstruct
  void check() {
    problem(key -> config.getOptionalValue(key, String.class))
        .ifPresent(
            message -> {
              LOG.severe(message);
              throw new IllegalStateException(message);
            });
  }

  /** What is wrong with the settings {@code lookup} finds, if anything. */
  public static Optional<String> problem(Function<String, Optional<String>> lookup) {
    List<String> missing =
        REQUIRED.stream()
            .filter(key -> lookup.apply(key).filter(v -> !v.isBlank()).isEmpty())
            .toList();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "Learning Commons cannot start: missing required setting(s) "
            + String.join(", ", missing)
            + ". Set them as environment variables or MicroProfile Config properties"
            + " (see docs/configuration.md).");
  }
}
