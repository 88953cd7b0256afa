package org.learningcommons.article;

import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;
import static org.learningcommons.infrastructure.persistence.NativeRows.timestamp;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.learningcommons.infrastructure.persistence.JobLeases;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.people.Role;

/**
 * Tells owners when a published article passes its review-by date, once per verification. Every
 * node's timer asks; the job lease lets one node per interval do it. Administrators (and tests) run
 * it at once through {@link #runNow()}.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.ADMIN})
public class ArticleReviews {

  static final String JOB = "article-review-due";
  private static final Logger LOG = Logger.getLogger(ArticleReviews.class.getName());
  private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  /** Articles per run; a backlog larger than this is worked off by the following runs. */
  static final int BATCH = 500;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB NotificationCentre notifications;
  @EJB JobLeases leases;

  /** Called by every node's timer; notifies on one node. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void runScheduled(Duration interval) {
    Duration lease = interval.minusSeconds(10);
    if (leases.claim(JOB, lease.isNegative() || lease.isZero() ? interval : lease, NODE)) {
      int told = notifyDueOwners();
      if (told > 0) {
        LOG.info(() -> "Article reviews: " + told + " owners told their article is due");
      }
    }
  }

  /**
   * Notifies the owners of every article that is due now and was not notified yet.
   *
   * @return how many articles were notified
   */
  @RolesAllowed(Role.Names.ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int runNow() {
    return notifyDueOwners();
  }

  private int notifyDueOwners() {
    Instant now = Instant.now();
    // Claims the rows it notifies in the same statement, so that two runs never tell twice.
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(
                "update article set review_notified_at = ?1 where id in ("
                    + " select id from article where status = 'PUBLISHED'"
                    + " and review_notified_at is null and review_by <= ?1"
                    + " order by review_by limit "
                    + BATCH
                    + " for update skip locked) returning id, owner, title")
            .setParameter(1, timestamp(now))
            .getResultList();
    for (Object[] row : due) {
      long id = longValue(row[0]);
      notifications.send(
          new Notice(
              NotificationKind.ARTICLE_REVIEW_DUE,
              null,
              List.of(string(row[1])),
              string(row[2]),
              ArticleReading.link(id)));
    }
    return due.size();
  }
}
