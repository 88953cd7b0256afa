package org.learningcommons.demo;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real mail server on local sockets (GreenMail) for the run command and the integration tests:
 * the application sends to its SMTP port like to any mail server. Everything received can be read
 * here, over IMAP (any user name is accepted; the mailbox is the address), and, for the run
 * command, as {@code .eml} files in a folder.
 */
public final class MailCatcher implements AutoCloseable {

  private static final String HOST = "127.0.0.1";

  private final GreenMail greenMail;
  private final int smtpPort;
  private final int imapPort;
  private ScheduledExecutorService saver;

  private MailCatcher(GreenMail greenMail, int smtpPort, int imapPort) {
    this.greenMail = greenMail;
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
  }

  /**
   * Starts SMTP on {@code smtpPort} and, unless {@code imapPort} is 0, IMAP on {@code imapPort}.
   */
  public static MailCatcher start(int smtpPort, int imapPort) {
    List<ServerSetup> setups = new ArrayList<>();
    setups.add(new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP));
    if (imapPort != 0) {
      setups.add(new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP));
    }
    GreenMail greenMail = new GreenMail(setups.toArray(ServerSetup[]::new));
    // Any user name and password open the mailbox of that address: it is a demo.
    greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();
    return new MailCatcher(greenMail, smtpPort, imapPort);
  }

  /** The settings that make the application send its mail here. */
  public Map<String, String> applicationSettings() {
    return Map.of(
        "SMTP_HOST",
        HOST,
        "SMTP_PORT",
        Integer.toString(smtpPort),
        "MAIL_FROM",
        "Learning Commons <learning-commons@learningcommons.example>");
  }

  public int smtpPort() {
    return smtpPort;
  }

  public int imapPort() {
    return imapPort;
  }

  /** Every mail received so far, oldest first. */
  public List<MimeMessage> received() {
    return Arrays.asList(greenMail.getReceivedMessages());
  }

  /** The mails received so far for one address. */
  public List<MimeMessage> receivedBy(String address) {
    return received().stream().filter(m -> isFor(m, address)).toList();
  }

  /**
   * Waits for a mail to {@code address} that matches {@code condition} (on the decoded subject and
   * text), and returns it, or nothing after {@code timeout}.
   */
  public Optional<ReceivedMail> awaitMail(
      String address, Predicate<ReceivedMail> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    do {
      for (MimeMessage message : receivedBy(address)) {
        ReceivedMail mail = ReceivedMail.of(message);
        if (condition.test(mail)) {
          return Optional.of(mail);
        }
      }
      sleep(200);
    } while (System.nanoTime() < deadline);
    return Optional.empty();
  }

  /**
   * Writes every received mail, now and from now on, as an {@code .eml} file to {@code folder} (for
   * the run command: open them with any mail program).
   */
  public void saveTo(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    saver =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "demo-mail-saver");
              thread.setDaemon(true);
              return thread;
            });
    int[] saved = {0};
    long started = System.currentTimeMillis();
    saver.scheduleWithFixedDelay(
        () -> {
          List<MimeMessage> all = received();
          for (int i = saved[0]; i < all.size(); i++) {
            Path file = folder.resolve(String.format("%d-%04d.eml", started, i + 1));
            try (OutputStream out = Files.newOutputStream(file)) {
              all.get(i).writeTo(out);
            } catch (IOException | MessagingException e) {
              System.out.println("[demo] could not save mail " + (i + 1) + ": " + e);
            }
          }
          saved[0] = all.size();
        },
        1,
        1,
        TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    if (saver != null) {
      saver.shutdown();
    }
    greenMail.stop();
  }

  private static boolean isFor(MimeMessage message, String address) {
    try {
      Address[] to = message.getAllRecipients();
      return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address));
    } catch (MessagingException e) {
      return false;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A received mail, decoded: subject, plain-text part and HTML part. */
  public record ReceivedMail(String to, String from, String subject, String text, String html) {

    static ReceivedMail of(MimeMessage message) {
      try {
        String text = "";
        String html = "";
        Object content = message.getContent();
        if (content instanceof jakarta.mail.Multipart parts) {
          for (int i = 0; i < parts.getCount(); i++) {
            jakarta.mail.BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
              text = part.getContent().toString();
            } else if (part.isMimeType("text/html")) {
              html = part.getContent().toString();
            }
          }
        } else {
          text = String.valueOf(content);
        }
        return new ReceivedMail(
            Arrays.toString(message.getAllRecipients()),
            Arrays.toString(message.getFrom()),
            message.getSubject(),
            text,
            html);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
