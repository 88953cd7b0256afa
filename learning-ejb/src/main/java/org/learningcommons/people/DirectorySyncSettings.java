package org.learningcommons.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How often the directory sync runs, and whether it runs right after startup. */
@ApplicationScoped
public class DirectorySyncSettings {

  @Inject
  @ConfigProperty(name = "DIRECTORY_SYNC_INTERVAL", defaultValue = "PT1H")
  Duration interval;

  @Inject
  @ConfigProperty(name = "DIRECTORY_SYNC_ON_STARTUP", defaultValue = "false")
  boolean onStartup;

  public Duration interval() {
    if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalStateException("DIRECTORY_SYNC_INTERVAL must be at least one minute");
    }
    return interval;
  }

  public boolean onStartup() {
    return onStartup;
  }
}
