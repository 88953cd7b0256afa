package org.learningcommons.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailPartsTest {

  @Test
  void retriesBackOffFromOneMinuteToAtMostAnHour() {
    assertEquals(Duration.ofMinutes(1), RetryBackoff.after(1));
    assertEquals(Duration.ofMinutes(2), RetryBackoff.after(2));
    assertEquals(Duration.ofMinutes(32), RetryBackoff.after(6));
    assertEquals(Duration.ofHours(1), RetryBackoff.after(7));
    assertEquals(Duration.ofHours(1), RetryBackoff.after(500));
  }

  @Test
  void htmlEscapingNeutralisesMarkup() {
    assertEquals(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;",
        HtmlText.escape("<script>alert(\"x\")</script> & '"));
    assertEquals("", HtmlText.escape(null));
  }

  @Test
  void aSubjectCannotAddHeaders() {
    OutgoingMail mail =
        new OutgoingMail("bob", "bob@example.com", "Hi\r\nBcc: eve@example.com", "t", "h");

    assertEquals("Hi Bcc: eve@example.com", mail.subject());
  }
}
