package org.learningcommons.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * Sends mails over SMTP with Jakarta Mail, one connection per batch. The runtime brings Jakarta
 * Mail (Angus Mail), so the application does not package it.
 */
@ApplicationScoped
public class SmtpMailer {

  /** What happened to one mail of a batch. */
  public interface Outcome {
    void sent(MailOutbox.Claimed mail);

    void failed(MailOutbox.Claimed mail, String error);
  }

  private static final String TIMEOUT_MS = "20000";

  @Inject MailSettings settings;

  public void send(List<MailOutbox.Claimed> mails, Outcome outcome) {
    Session session = session();
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect();
      for (MailOutbox.Claimed mail : mails) {
        try {
          MimeMessage message = message(session, mail.mail());
          transport.sendMessage(message, message.getAllRecipients());
          outcome.sent(mail);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
          outcome.failed(mail, describe(e));
        }
      }
    } catch (MessagingException e) {
      String error = describe(e);
      // Mails already reported as sent stay sent; the outcome ignores repeats for those.
      mails.forEach(mail -> outcome.failed(mail, error));
    }
  }

  private MimeMessage message(Session session, OutgoingMail mail)
      throws MessagingException, UnsupportedEncodingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from(), true));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.toAddress(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    // Tells mail servers and auto-responders that no person wrote this (RFC 3834).
    message.setHeader("Auto-Submitted", "auto-generated");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.textBody(), StandardCharsets.UTF_8.name());
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.htmlBody(), StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternatives = new MimeMultipart("alternative");
    alternatives.addBodyPart(text);
    alternatives.addBodyPart(html);
    if (mail.attachment() == null) {
      message.setContent(alternatives);
    } else {
      // multipart/mixed: the text (as alternatives) first, then the file.
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternatives);
      MimeBodyPart file = new MimeBodyPart();
      file.setDataHandler(
          new DataHandler(
              new ByteArrayDataSource(
                  mail.attachment().content(), mail.attachment().contentType())));
      file.setFileName(MimeUtility.encodeText(mail.attachment().name(), "UTF-8", null));
      file.setDisposition(Part.ATTACHMENT);
      MimeMultipart mixed = new MimeMultipart("mixed");
      mixed.addBodyPart(body);
      mixed.addBodyPart(file);
      message.setContent(mixed);
    }
    message.saveChanges();
    return message;
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", settings.host().orElseThrow());
    properties.put("mail.smtp.port", String.valueOf(settings.port()));
    properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
    properties.put("mail.smtp.timeout", TIMEOUT_MS);
    properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
    if (settings.startTls()) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    Authenticator authenticator = null;
    if (settings.user().isPresent()) {
      properties.put("mail.smtp.auth", "true");
      String user = settings.user().get();
      String password = settings.password();
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user, password);
            }
          };
    }
    return Session.getInstance(properties, authenticator);
  }

  /** One line for the log and the outbox: the innermost message, without a stack trace. */
  private static String describe(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? "" : cause.getMessage().strip();
    return cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }
}
