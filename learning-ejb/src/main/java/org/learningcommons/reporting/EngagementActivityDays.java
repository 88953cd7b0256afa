package org.learningcommons.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Records that a person used the application on a day ({@code staff_activity_day}), the source of
 * daily, weekly and monthly active staff. The web layer calls it once per person and day.
 */
@Stateless
@PermitAll
public class EngagementActivityDays {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  /**
   * Records {@code username} as active on {@code day}; a second call for the same day changes
   * nothing (also when two servers of a cluster race).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String username, LocalDate day) {
    em.createNativeQuery(
            "insert into staff_activity_day (day, username) values (?1, ?2)"
                + " on conflict do nothing")
        .setParameter(1, java.sql.Date.valueOf(day))
        .setParameter(2, username)
        .executeUpdate();
  }
}
