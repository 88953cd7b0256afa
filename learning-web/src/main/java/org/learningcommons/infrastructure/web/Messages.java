package org.learningcommons.infrastructure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the resource bundle, in the person's language. */
@RequestScoped
public class Messages {

  static final String BUNDLE = "org.learningcommons.i18n.messages";

  @Inject FacesContext faces;

  public String text(String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    try {
      String pattern = bundle.getString(key);
      return arguments.length == 0
          ? pattern
          : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The bundle's text for {@code key}, or {@code fallback} when the bundle has none. */
  public String textOr(String key, String fallback, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    return key != null && bundle.containsKey(key) ? text(key, arguments) : fallback;
  }

  public void error(String key, Object... arguments) {
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
  }

  public void info(String key, Object... arguments) {
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
  }

  /** Keeps messages across the redirect that follows a successful form (post-redirect-get). */
  public void keepForRedirect() {
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
