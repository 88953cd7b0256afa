package org.learningcommons.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.learningcommons.infrastructure.mail.HtmlText;
import org.learningcommons.infrastructure.mail.MailSettings;
import org.learningcommons.infrastructure.mail.OutgoingMail;

/**
 * The texts of notification e-mails, from the bundle {@code org.learningcommons.notification.mails}
 * in {@code MAIL_LANGUAGE}. Every mail has a plain-text and an HTML part; in the HTML part, all
 * that people wrote (names, titles) is escaped.
 */
@ApplicationScoped
public class NotificationMails {

  /** A digest lists this many notifications and links to the rest. */
  static final int DIGEST_ITEMS = 50;

  private static final String BUNDLE = "org.learningcommons.notification.mails";

  @Inject MailSettings settings;

  /** The e-mail for one notification (channel EMAIL). */
  public OutgoingMail single(
      Addressee to, NotificationKind kind, String actorName, String subject, String link) {
    ResourceBundle texts = texts();
    String sentence = sentence(texts, kind, actorName, subject);
    String url = settings.baseUrl() + link;
    String text =
        format(texts, "greeting", to.displayName())
            + "\n\n"
            + sentence
            + "\n\n"
            + texts.getString("open")
            + "\n"
            + url
            + "\n\n-- \n"
            + footer(texts);
    String html =
        page(
            "<p>"
                + HtmlText.escape(format(texts, "greeting", to.displayName()))
                + "</p>\n<p>"
                + HtmlText.escape(sentence)
                + "</p>\n<p><a href=\""
                + HtmlText.escape(url)
                + "\">"
                + HtmlText.escape(texts.getString("open"))
                + "</a></p>\n",
            texts);
    return new OutgoingMail(to.username(), to.email(), sentence, text, html);
  }

  /** The digest e-mail listing {@code items} (oldest first). */
  public OutgoingMail digest(Addressee to, List<Notification> items) {
    ResourceBundle texts = texts();
    List<Notification> listed = items.subList(0, Math.min(items.size(), DIGEST_ITEMS));
    StringBuilder text =
        new StringBuilder(format(texts, "greeting", to.displayName()))
            .append("\n\n")
            .append(format(texts, "digest.intro", items.size()))
            .append("\n\n");
    StringBuilder html =
        new StringBuilder("<p>")
            .append(HtmlText.escape(format(texts, "greeting", to.displayName())))
            .append("</p>\n<p>")
            .append(HtmlText.escape(format(texts, "digest.intro", items.size())))
            .append("</p>\n<ul>\n");
    for (Notification item : listed) {
      String sentence = sentence(texts, item.getKind(), item.getActorName(), item.getSubject());
      String url = settings.baseUrl() + item.getLink();
      text.append("- ").append(sentence).append("\n  ").append(url).append("\n");
      html.append("<li><a href=\"")
          .append(HtmlText.escape(url))
          .append("\">")
          .append(HtmlText.escape(sentence))
          .append("</a></li>\n");
    }
    html.append("</ul>\n");
    if (items.size() > listed.size()) {
      String more =
          format(
              texts,
              "digest.more",
              items.size() - listed.size(),
              settings.baseUrl() + "/notifications.xhtml");
      text.append("\n").append(more).append("\n");
      html.append("<p>").append(HtmlText.escape(more)).append("</p>\n");
    }
    text.append("\n-- \n").append(footer(texts));
    return new OutgoingMail(
        to.username(),
        to.email(),
        format(texts, "digest.subject", items.size()),
        text.toString(),
        page(html.toString(), texts));
  }

  private String sentence(
      ResourceBundle texts, NotificationKind kind, String actorName, String subject) {
    String actor = actorName == null ? texts.getString("actor.system") : actorName;
    return format(texts, "sentence." + kind.name(), actor, subject);
  }

  private String footer(ResourceBundle texts) {
    return format(texts, "footer", settings.baseUrl() + "/notification-settings.xhtml");
  }

  private String page(String body, ResourceBundle texts) {
    return "<!DOCTYPE html>\n<html><body style=\"font-family: sans-serif; line-height: 1.4\">\n"
        + body
        + "<p style=\"color: #5f6b7a; font-size: 0.85em\">"
        + HtmlText.escape(footer(texts))
        + "</p>\n</body></html>\n";
  }

  private static String format(ResourceBundle texts, String key, Object... arguments) {
    return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
  }

  private ResourceBundle texts() {
    // Without the no-fallback control, English would fall back to the server's default locale.
    return ResourceBundle.getBundle(
        BUNDLE,
        settings.language(),
        NotificationMails.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
