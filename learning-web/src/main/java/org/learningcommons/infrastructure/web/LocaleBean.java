package org.learningcommons.infrastructure.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The person's language (from the browser, or chosen in the user menu) and time zone. Session
 * scoped: it is real per-person state.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Locale requested =
          faces == null ? Locale.ENGLISH : faces.getExternalContext().getRequestLocale();
      locale =
          SUPPORTED.stream()
              .filter(l -> l.getLanguage().equals(requested.getLanguage()))
              .findFirst()
              .orElse(Locale.ENGLISH);
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void setLanguage(String language) {
    locale =
        SUPPORTED.stream()
            .filter(l -> l.getLanguage().equals(language))
            .findFirst()
            .orElse(Locale.ENGLISH);
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }

  public List<Locale> getSupported() {
    return SUPPORTED;
  }

  /** Dates are shown in this zone; configurable per installation with APP_TIME_ZONE. */
  public ZoneId getZone() {
    return ZoneId.of(
        ConfigProvider.getConfig()
            .getOptionalValue("APP_TIME_ZONE", String.class)
            .orElse("Europe/Berlin"));
  }

  /** A moment as date and time in the person's language and the installation's time zone. */
  public String format(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(getLocale())
        .withZone(getZone())
        .format(instant);
  }
}
