package org.learningcommons.infrastructure.persistence;

import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.learningcommons.infrastructure.config.ConfigurationCheck;

/**
 * The application server connects the persistence unit while deploying, before any startup bean
 * runs; without this check a missing DB_URL would surface as an obscure connection error.
 * EclipseLink calls session customizers before it connects, so the missing settings are named
 * first.
 */
public class RequiredSettingsCheck implements SessionCustomizer {

  private static final Logger LOG = Logger.getLogger(RequiredSettingsCheck.class.getName());

  @Override
  public void customize(Session session) {
    ConfigurationCheck.problem(
            key -> ConfigProvider.getConfig().getOptionalValue(key, String.class))
        .ifPresent(
            message -> {
              LOG.severe(message);
              throw new IllegalStateException(message);
            });
  }
}
