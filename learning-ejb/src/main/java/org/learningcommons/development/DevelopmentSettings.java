package org.learningcommons.development;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the record of development (docs/configuration.md). */
@ApplicationScoped
public class DevelopmentSettings {

  @Inject
  @ConfigProperty(name = "CPD_TARGET_HOURS", defaultValue = "20")
  int cpdTargetHours;

  /** The CPD hours each person is expected to reach in a calendar year. */
  public int cpdTargetHours() {
    return Math.max(0, cpdTargetHours);
  }
}
