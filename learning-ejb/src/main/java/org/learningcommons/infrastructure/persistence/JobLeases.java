package org.learningcommons.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

/**
 * Lets exactly one node of a cluster run a scheduled job per period: every node's timer asks for
 * the lease, and only the one whose request finds it free (or expired) gets it.
 */
@Stateless
public class JobLeases {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  /**
   * @return true when this node holds the lease named {@code job} for {@code period} from now
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String job, Duration period, String node) {
    int claimed =
        em.createNativeQuery(
                "insert into job_lease (name, leased_until, leased_by)"
                    + " values (?1, now() + make_interval(secs => ?2), ?3)"
                    + " on conflict (name) do update"
                    + " set leased_until = excluded.leased_until, leased_by = excluded.leased_by"
                    + " where job_lease.leased_until <= now()")
            .setParameter(1, job)
            .setParameter(2, (double) period.toSeconds())
            .setParameter(3, node)
            .executeUpdate();
    return claimed == 1;
  }
}
