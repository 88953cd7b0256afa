package org.learningcommons.infrastructure.mail;

import java.util.Objects;

/**
 * An e-mail to one person: subject, a plain-text body and the same text as HTML (whoever builds it
 * escapes what people wrote), and optionally one attached file.
 */
public record OutgoingMail(
    String recipient,
    String toAddress,
    String subject,
    String textBody,
    String htmlBody,
    Attachment attachment) {

  /** A file sent with the mail, such as a scheduled report. */
  public record Attachment(String name, String contentType, byte[] content) {

    public Attachment {
      Objects.requireNonNull(name);
      Objects.requireNonNull(contentType);
      Objects.requireNonNull(content);
      // A file name goes into a header: one line, no path.
      name = name.replaceAll("[\\r\\n\"/\\\\]+", "_").strip();
    }
  }

  public OutgoingMail(
      String recipient, String toAddress, String subject, String textBody, String htmlBody) {
    this(recipient, toAddress, subject, textBody, htmlBody, null);
  }

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
