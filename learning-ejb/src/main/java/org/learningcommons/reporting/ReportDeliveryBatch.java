package org.learningcommons.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.infrastructure.mail.HtmlText;
import org.learningcommons.infrastructure.mail.MailOutbox;
import org.learningcommons.infrastructure.mail.MailSettings;
import org.learningcommons.infrastructure.mail.OutgoingMail;
import org.learningcommons.people.Role;

/**
 * Delivers one due schedule in one transaction: claims it ({@code for update skip locked}, so two
 * nodes or "run now" beside the timer never take the same one), computes each recipient's file with
 * the recipient's own scope (from the roles recorded at their last sign-in), queues one mail per
 * recipient, moves {@code next_run_at} on and audits. The mails are queued and the schedule moved
 * in the same commit, so a period is delivered exactly once.
 */
@Stateless
@PermitAll
public class ReportDeliveryBatch {

  /** The result of one schedule's run. */
  public record Outcome(long schedule, int mailed, List<String> skipped) {}

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB ReportExports exports;
  @EJB ReportRecipientChecks checks;
  @EJB MailOutbox outbox;
  @Inject MailSettings mail;
  @Inject AuditTrail audit;

  /** Delivers the longest-due schedule, if any is due. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Outcome> deliverNext(ReportLabels labels) {
    Instant now = Instant.now();
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(
                ReportSchedules.SELECT
                    + " where r.active and r.next_run_at <= ?1 order by r.next_run_at, r.id"
                    + " limit 1 for update skip locked")
            .setParameter(1, Timestamp.from(now))
            .getResultList();
    if (due.isEmpty()) {
      return Optional.empty();
    }
    ReportSchedules.Schedule schedule = ReportSchedules.schedule(due.get(0), List.of());
    List<String> skipped = new ArrayList<>();
    List<OutgoingMail> mails = new ArrayList<>();
    Optional<ReportTable> table = exports.find(schedule.table());
    if (table.isEmpty()) {
      skipped.add("everyone: the table " + schedule.table() + " no longer exists");
    } else {
      LocalDate today = LocalDate.now(labels.zone());
      ReportFilter filter = ReportQuery.filter(schedule.query(), today);
      for (Recipient recipient : recipients(schedule.id())) {
        Optional<String> refusal = refusal(recipient, filter);
        if (refusal.isPresent()) {
          skipped.add(recipient.username + ": " + refusal.get());
          continue;
        }
        mails.add(
            mailFor(
                schedule,
                table.get(),
                recipient,
                ReportScope.of(recipient.username, recipient.roles).orElseThrow(),
                filter,
                labels,
                today));
      }
    }
    if (!skipped.isEmpty()) {
      notice(schedule, skipped, labels).ifPresent(mails::add);
    }
    if (!mails.isEmpty()) {
      outbox.enqueue(mails, now);
    }
    em.createNativeQuery(
            "update report_schedule set next_run_at = ?1, last_run_at = ?2 where id = ?3")
        .setParameter(
            1, Timestamp.from(schedule.frequency().next(schedule.nextRunAt(), now, labels.zone())))
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, schedule.id())
        .executeUpdate();
    int mailed = mails.size() - (skipped.isEmpty() ? 0 : 1);
    audit.record(
        new AuditEvent(
            now,
            schedule.owner(),
            AuditAction.REPORT_DELIVERED,
            "report-schedule " + schedule.id(),
            null,
            schedule.table()
                + " "
                + schedule.format()
                + " to "
                + mailed
                + " recipients"
                + (skipped.isEmpty() ? "" : "; not sent to " + String.join("; ", skipped))));
    return Optional.of(new Outcome(schedule.id(), mailed, List.copyOf(skipped)));
  }

  private Optional<String> refusal(Recipient recipient, ReportFilter filter) {
    if (!recipient.active || recipient.email == null || recipient.email.isBlank()) {
      return Optional.of("not an active person with an e-mail address");
    }
    Optional<ReportScope> scope = ReportScope.of(recipient.username, recipient.roles);
    if (scope.isEmpty()) {
      return Optional.of("no HR, administrator or manager role");
    }
    return checks.refusal(scope.get(), filter);
  }

  private OutgoingMail mailFor(
      ReportSchedules.Schedule schedule,
      ReportTable table,
      Recipient recipient,
      ReportScope scope,
      ReportFilter filter,
      ReportLabels labels,
      LocalDate today) {
    String fileName =
        table.key().replaceAll("[^A-Za-z0-9_-]", "")
            + "-"
            + today
            + "."
            + schedule.format().extension();
    String title = labels.table(table.key());
    String subject = labels.message("report.schedules.mail.subject", schedule.name(), title);
    String link =
        mail.baseUrl()
            + "/api/v1/reports/tables/"
            + table.key()
            + "."
            + schedule.format().extension()
            + (schedule.query().isEmpty() ? "" : "?" + schedule.query());
    Path file = null;
    try {
      file = Files.createTempFile("report-", "." + schedule.format().extension());
      long rows;
      try (OutputStream out = Files.newOutputStream(file)) {
        rows = ReportExports.write(table, scope, filter, schedule.format(), labels, out, null);
      }
      long size = Files.size(file);
      String filterText = labels.filter(filter);
      if (size > maxAttachmentBytes()) {
        String text =
            labels.message("report.schedules.mail.tooLarge", title, filterText, rows, link);
        return new OutgoingMail(
            recipient.username, recipient.email, subject, text, html(text, link), null);
      }
      String text = labels.message("report.schedules.mail.attached", title, filterText, rows);
      return new OutgoingMail(
          recipient.username,
          recipient.email,
          subject,
          text,
          html(text, null),
          new OutgoingMail.Attachment(
              fileName, schedule.format().contentType(), Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // The temporary directory is cleaned by the operating system.
        }
      }
    }
  }

  /** Tells the owner who got nothing and why (when the owner has an address). */
  private Optional<OutgoingMail> notice(
      ReportSchedules.Schedule schedule, List<String> skipped, ReportLabels labels) {
    @SuppressWarnings("unchecked")
    List<Object> address =
        em.createNativeQuery(
                "select email from staff_member where username = ?1 and active"
                    + " and email is not null")
            .setParameter(1, schedule.owner())
            .getResultList();
    if (address.isEmpty()) {
      return Optional.empty();
    }
    String text =
        labels.message(
            "report.schedules.mail.skipped", schedule.name(), String.join("\n", skipped));
    return Optional.of(
        new OutgoingMail(
            schedule.owner(),
            (String) address.get(0),
            labels.message("report.schedules.mail.skippedSubject", schedule.name()),
            text,
            html(text, null),
            null));
  }

  private static String html(String text, String link) {
    String body = HtmlText.escape(text).replace("\n", "<br>");
    if (link != null) {
      String escaped = HtmlText.escape(link);
      body = body.replace(escaped, "<a href=\"" + escaped + "\">" + escaped + "</a>");
    }
    return "<p>" + body + "</p>";
  }

  private static long maxAttachmentBytes() {
    return ConfigProvider.getConfig()
        .getOptionalValue("REPORT_ATTACHMENT_MAX_BYTES", Long.class)
        .orElse(10L * 1024 * 1024);
  }

  private record Recipient(String username, String email, boolean active, Set<Role> roles) {}

  /** The recipients with their address, state and recorded roles (one statement). */
  private List<Recipient> recipients(long schedule) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.username, s.email, coalesce(s.active, false),"
                    + " string_agg(sr.role, ',') from report_schedule_recipient r"
                    + " left join staff_member s on s.username = r.username"
                    + " left join staff_member_role sr on sr.staff_member_id = s.id"
                    + " where r.schedule_id = ?1 group by r.username, s.email, s.active"
                    + " order by r.username")
            .setParameter(1, schedule)
            .getResultList();
    List<Recipient> recipients = new ArrayList<>();
    for (Object[] row : rows) {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      if (row[3] != null) {
        for (String role : ((String) row[3]).split(",")) {
          roles.add(Role.valueOf(role));
        }
      }
      recipients.add(
          new Recipient((String) row[0], (String) row[1], Boolean.TRUE.equals(row[2]), roles));
    }
    return recipients;
  }
}
