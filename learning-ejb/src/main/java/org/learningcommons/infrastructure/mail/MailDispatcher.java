package org.learningcommons.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Sends the outbox on every node at {@code MAIL_SEND_INTERVAL}. Nodes share the work through the
 * outbox's claims, so no job lease is needed. A non-persistent timer: nothing to clean up when a
 * node goes away.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

  /** How many mails one claim takes; a tick claims again while batches come back full. */
  static final int BATCH = 50;

  /** Longer than a batch can take to send, so a claim never runs out while it is being sent. */
  static final Duration LEASE = Duration.ofMinutes(10);

  @Resource TimerService timers;
  @Inject MailSettings settings;
  @Inject SmtpMailer mailer;
  @EJB MailOutbox outbox;

  @PostConstruct
  void schedule() {
    if (!settings.enabled()) {
      LOG.info("E-mail is off (SMTP_HOST is not set): notifications are shown in the application");
      return;
    }
    Duration interval = settings.sendInterval();
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig("mail-outbox", false));
    LOG.info(
        () ->
            "Sending e-mail through "
                + settings.host().orElseThrow()
                + ":"
                + settings.port()
                + " every "
                + interval);
  }

  @Timeout
  void sendPending() {
    List<MailOutbox.Claimed> batch;
    do {
      batch = outbox.claim(BATCH, LEASE);
      if (!batch.isEmpty()) {
        mailer.send(batch, new Recorder());
      }
    } while (batch.size() == BATCH);
  }

  /** Writes each mail's outcome to the outbox and logs failures in one line each. */
  private final class Recorder implements SmtpMailer.Outcome {

    private final Set<Long> done = new HashSet<>();

    @Override
    public void sent(MailOutbox.Claimed mail) {
      done.add(mail.id());
      outbox.sent(mail.id());
    }

    @Override
    public void failed(MailOutbox.Claimed mail, String error) {
      if (!done.add(mail.id())) {
        return;
      }
      boolean givenUp = outbox.failed(mail.id(), mail.attempts(), settings.maxAttempts(), error);
      LOG.warning(
          () ->
              "Mail "
                  + mail.id()
                  + " to "
                  + mail.mail().toAddress()
                  + (givenUp
                      ? " given up after " + mail.attempts() + " attempts: "
                      : " failed (attempt " + mail.attempts() + ", will retry): ")
                  + error);
    }
  }
}
