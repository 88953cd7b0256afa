package org.learningcommons.infrastructure.mail;

import java.util.Objects;

/**
 * An e-mail to one person: subject, a plain-text body and the same text as HTML (whoever builds it
 * escapes what people wrote).
 */
public record OutgoingMail(
    String recipient, String toAddress, String subject, String textBody, String htmlBody) {

  public OutgoingMail {
    Objects.requireNonNull(toAddress);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(textBody);
    Objects.requireNonNull(htmlBody);
    // A header must be one line, or a subject could add headers of its own.
    subject = subject.replaceAll("[\\r\\n]+", " ").strip();
    if (subject.length() > 400) {
      subject = subject.substring(0, 399) + "…";
    }
  }
}
