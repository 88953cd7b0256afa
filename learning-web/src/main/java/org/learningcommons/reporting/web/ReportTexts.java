package org.learningcommons.reporting.web;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.ConfigProvider;
import org.learningcommons.reporting.ReportFilter;
import org.learningcommons.reporting.ReportLabels;

/**
 * The words of exports in one language, from the application's resource bundle: table titles
 * ({@code report.table.<key>}), column titles ({@code report.column.<key>}) and the filter in
 * words. The one place that resolves them, for downloads, the page's export jobs and scheduled
 * mails alike; a missing key shows the key itself rather than failing an export.
 */
public final class ReportTexts implements ReportLabels, Serializable {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "org.learningcommons.i18n.messages";

  private final Locale locale;
  private final ZoneId zone;

  private ReportTexts(Locale locale, ZoneId zone) {
    this.locale = locale;
    this.zone = zone;
  }

  /** Texts in {@code locale} (German or English), timestamps in the installation's zone. */
  public static ReportTexts of(Locale locale) {
    Locale chosen =
        locale != null && Locale.GERMAN.getLanguage().equals(locale.getLanguage())
            ? Locale.GERMAN
            : Locale.ENGLISH;
    return new ReportTexts(chosen, installationZone());
  }

  /** The first supported language of a list in preference order (Accept-Language). */
  public static ReportTexts of(List<Locale> preferred) {
    for (Locale locale : preferred) {
      if (Locale.GERMAN.getLanguage().equals(locale.getLanguage())
          || Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
        return of(locale);
      }
    }
    return of(Locale.ENGLISH);
  }

  static ZoneId installationZone() {
    return ZoneId.of(
        ConfigProvider.getConfig()
            .getOptionalValue("APP_TIME_ZONE", String.class)
            .orElse("Europe/Berlin"));
  }

  public Locale locale() {
    return locale;
  }

  public String text(String key) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale, ReportTexts.class.getClassLoader());
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  @Override
  public String table(String key) {
    String title = text("report.table." + key);
    return title == null ? key : title;
  }

  @Override
  public String column(String key) {
    String title = text("report.column." + key);
    return title == null ? key : title;
  }

  @Override
  public String filter(ReportFilter filter) {
    List<String> parts = new ArrayList<>();
    if (filter.department() != null) {
      parts.add(text("report.filter.department") + ": " + filter.department());
    }
    if (filter.manager() != null) {
      parts.add(text("report.filter.manager") + ": " + filter.manager());
    }
    if (filter.courseId() != null) {
      parts.add(text("report.filter.course") + ": " + filter.courseId());
    }
    if (filter.role() != null) {
      parts.add(text("report.filter.role") + ": " + text("report.role." + filter.role().name()));
    }
    parts.add(
        text("report.filter.from")
            + " "
            + filter.from()
            + " "
            + text("report.filter.to").toLowerCase(locale)
            + " "
            + filter.to());
    return String.join(" · ", parts);
  }

  @Override
  public String message(String key, Object... arguments) {
    String pattern = text(key);
    if (pattern == null) {
      return key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  @Override
  public ZoneId zone() {
    return zone;
  }
}
