package org.learningcommons.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Limits for uploaded files (docs/configuration.md). */
@ApplicationScoped
public class AttachmentSettings {

  @Inject
  @ConfigProperty(name = "ATTACHMENT_MAX_BYTES", defaultValue = "10485760")
  long maxBytes;

  public long maxBytes() {
    return maxBytes;
  }
}
