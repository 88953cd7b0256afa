package org.learningcommons.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.learningcommons.infrastructure.mail.MailSettings;
import org.learningcommons.infrastructure.mail.OutgoingMail;

class NotificationMailsTest {

  private static final Addressee BOB = new Addressee("bob", "Bob <b>", "bob@example.com", true);

  private static NotificationMails mails(String language) {
    NotificationMails mails = new NotificationMails();
    mails.settings =
        new MailSettings() {
          @Override
          public String baseUrl() {
            return "https://learning.example";
          }

          @Override
          public Locale language() {
            return Locale.forLanguageTag(language);
          }
        };
    return mails;
  }

  @Test
  void aMailSaysWhoDidWhatAndLinksAbsolutely() {
    OutgoingMail mail =
        mails("en")
            .single(
                BOB,
                NotificationKind.MENTION,
                "Alice Archer",
                "Kubernetes tips",
                "/communities/thread.xhtml?id=5#post-9");

    assertEquals("Alice Archer mentioned you in \"Kubernetes tips\"", mail.subject());
    assertEquals("bob@example.com", mail.toAddress());
    assertTrue(
        mail.textBody().contains("https://learning.example/communities/thread.xhtml?id=5#post-9"));
    assertTrue(mail.textBody().startsWith("Hello Bob <b>,"));
  }

  @Test
  void whatPeopleWroteIsEscapedInTheHtmlPart() {
    OutgoingMail mail =
        mails("en")
            .single(
                BOB,
                NotificationKind.REPLY_TO_MY_THREAD,
                "<img src=x onerror=alert(1)>",
                "</p><script>alert(1)</script>",
                "/t?a=1&b=2");

    assertFalse(mail.htmlBody().contains("<script>"), mail.htmlBody());
    assertFalse(mail.htmlBody().contains("<img"), mail.htmlBody());
    assertFalse(mail.htmlBody().contains("<b>"), mail.htmlBody());
    assertTrue(mail.htmlBody().contains("&lt;script&gt;"), mail.htmlBody());
    assertTrue(mail.htmlBody().contains("href=\"https://learning.example/t?a=1&amp;b=2\""));
  }

  @Test
  void everyKindHasASentenceInEnglishAndGerman() {
    for (String language : List.of("en", "de")) {
      for (NotificationKind kind : NotificationKind.values()) {
        OutgoingMail mail = mails(language).single(BOB, kind, null, "Topic", "/x");
        assertTrue(mail.subject().contains("Topic"), language + " " + kind);
        assertTrue(mail.subject().contains("Learning Commons"), language + " " + kind);
      }
    }
    assertTrue(
        mails("de")
            .single(BOB, NotificationKind.MENTION, "A", "T", "/x")
            .subject()
            .contains("erwähnt"));
  }

  @Test
  void aDigestListsTheFirstFiftyAndLinksToTheRest() {
    List<Notification> items = new ArrayList<>();
    for (int i = 1; i <= 53; i++) {
      items.add(
          new Notification(
              "bob",
              NotificationKind.REPLY_IN_FOLLOWED_THREAD,
              "alice",
              "Alice",
              "Thread " + i,
              "/t?id=" + i,
              NotificationChannel.DIGEST,
              Instant.now()));
    }

    OutgoingMail digest = mails("en").digest(BOB, items);

    assertEquals("Your Learning Commons digest: 53 new notifications", digest.subject());
    assertTrue(digest.textBody().contains("\"Thread 50\""));
    assertFalse(digest.textBody().contains("\"Thread 51\""));
    assertTrue(digest.textBody().contains("...and 3 more"));
    assertEquals(
        "Your Learning Commons digest: 1 new notification",
        mails("en").digest(BOB, items.subList(0, 1)).subject());
  }
}
