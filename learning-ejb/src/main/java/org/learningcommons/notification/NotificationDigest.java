package org.learningcommons.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.infrastructure.mail.MailSettings;
import org.learningcommons.infrastructure.persistence.JobLeases;
import org.learningcommons.people.Role;

/**
 * The digest: one e-mail per person listing their notifications on the DIGEST channel, daily or
 * weekly as they chose. Every node's timer asks; the job lease lets one node per interval do it.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationDigest {

  static final String JOB = "notification-digest";
  private static final Logger LOG = Logger.getLogger(NotificationDigest.class.getName());
  private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  /** People per transaction. */
  static final int BATCH = 100;

  @Inject NotificationRepository notifications;
  @Inject MailSettings mailSettings;
  @Inject AuditTrail audit;
  @EJB DigestWriter writer;
  @EJB JobLeases leases;
  @Resource SessionContext context;

  /** Called by every node's timer; sends the digests that are due, on one node. */
  @PermitAll
  public void runScheduled(Duration interval) {
    if (!mailSettings.enabled()) {
      return;
    }
    Duration lease = interval.minusSeconds(10);
    if (leases.claim(JOB, lease.isNegative() || lease.isZero() ? interval : lease, NODE)) {
      DigestRunView run = run(false);
      if (run.people() > 0) {
        LOG.info(
            () ->
                "Digest: "
                    + run.mails()
                    + " mails listing "
                    + run.notifications()
                    + " notifications");
      }
    }
  }

  /**
   * Sends every waiting digest now, whatever each person's frequency (administrators, operations
   * scripts and tests). Audited.
   */
  @RolesAllowed(Role.Names.ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public DigestRunView runNow() {
    DigestRunView run = run(true);
    audit.record(
        new AuditEvent(
            run.finishedAt(),
            context.getCallerPrincipal().getName(),
            AuditAction.NOTIFICATION_DIGEST_RUN,
            null,
            null,
            run.mailEnabled()
                ? run.mails() + " mails, " + run.notifications() + " notifications"
                : "e-mail is off"));
    return run;
  }

  private DigestRunView run(boolean regardlessOfFrequency) {
    Instant started = Instant.now();
    if (!mailSettings.enabled()) {
      return new DigestRunView(started, Instant.now(), false, 0, 0, 0);
    }
    int people = 0;
    int mails = 0;
    int listed = 0;
    Set<String> done = new HashSet<>();
    while (true) {
      List<String> due = notifications.dueForDigest(started, regardlessOfFrequency, BATCH);
      // Someone whose notifications could not be settled must not keep the loop going.
      if (due.isEmpty() || !done.addAll(due)) {
        break;
      }
      DigestWriter.Written written = writer.digest(due, started);
      people += written.people();
      mails += written.mails();
      listed += written.notifications();
    }
    return new DigestRunView(started, Instant.now(), true, people, mails, listed);
  }
}
