package org.learningcommons.feed.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which sites may show the announcements widget in a frame ({@code WIDGET_FRAME_ANCESTORS}, see
 * docs/configuration.md). Checked when the application starts: a wrong value stops the start with a
 * message naming the setting, rather than sending a broken header later.
 */
@ApplicationScoped
public class WidgetSettings {

  private static final Logger LOG = Logger.getLogger(WidgetSettings.class.getName());

  @Inject
  @ConfigProperty(name = "WIDGET_FRAME_ANCESTORS")
  Optional<String> configured;

  private String frameAncestors;

  @PostConstruct
  void check() {
    try {
      frameAncestors = FrameAncestors.parse(configured.orElse(null));
    } catch (IllegalArgumentException e) {
      LOG.severe("Learning Commons cannot start: " + e.getMessage());
      throw e;
    }
  }

  /** Touches the bean at start-up, so that its check runs before the first request. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    frameAncestors();
  }

  /** The CSP source list, e.g. {@code 'self' https://portal.example.com}. */
  public String frameAncestors() {
    return frameAncestors;
  }
}
