package org.learningcommons.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How to reach the mail server and what mails say about the application. Without {@code SMTP_HOST},
 * e-mail is off: notifications are only shown in the application.
 */
@ApplicationScoped
public class MailSettings {

  public boolean enabled() {
    return host().isPresent();
  }

  public Optional<String> host() {
    return text("SMTP_HOST");
  }

  public int port() {
    return config().getOptionalValue("SMTP_PORT", Integer.class).orElse(startTls() ? 587 : 25);
  }

  public Optional<String> user() {
    return text("SMTP_USER");
  }

  public String password() {
    return text("SMTP_PASSWORD").orElse("");
  }

  public boolean startTls() {
    return config().getOptionalValue("SMTP_STARTTLS", Boolean.class).orElse(false);
  }

  /** The sender, e.g. {@code Learning Commons <learning@corp.example>}. */
  public String from() {
    return text("MAIL_FROM").orElse("Learning Commons <learning-commons@localhost>");
  }

  /** Where people open the application; mails carry absolute links. No trailing slash. */
  public String baseUrl() {
    String url = text("APP_BASE_URL").orElse("http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public Duration sendInterval() {
    Duration interval =
        config()
            .getOptionalValue("MAIL_SEND_INTERVAL", Duration.class)
            .orElse(Duration.ofSeconds(30));
    if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalStateException("MAIL_SEND_INTERVAL must be at least one second");
    }
    return interval;
  }

  /** After this many failed attempts a mail is given up (and stays in the outbox, marked). */
  public int maxAttempts() {
    return Math.max(1, config().getOptionalValue("MAIL_MAX_ATTEMPTS", Integer.class).orElse(8));
  }

  /** The language of mails (en or de): people's page language is not known to the timer. */
  public Locale language() {
    return Locale.forLanguageTag(text("MAIL_LANGUAGE").orElse("en"));
  }

  private static Optional<String> text(String key) {
    return config()
        .getOptionalValue(key, String.class)
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  private static Config config() {
    return ConfigProvider.getConfig();
  }
}
