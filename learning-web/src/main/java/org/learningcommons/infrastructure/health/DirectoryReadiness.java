package org.learningcommons.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.learningcommons.people.CorporateDirectory;
import org.learningcommons.people.DirectoryUnavailableException;

/** Ready only while the corporate directory answers: without it nobody can sign in. */
@Readiness
@ApplicationScoped
public class DirectoryReadiness implements HealthCheck {

  @Inject CorporateDirectory directory;

  @Override
  public HealthCheckResponse call() {
    try {
      directory.ping();
      return HealthCheckResponse.up("directory");
    } catch (DirectoryUnavailableException e) {
      return HealthCheckResponse.named("directory")
          .down()
          .withData("error", e.getMessage())
          .build();
    }
  }
}
