package org.learningcommons.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.shared.PageRequest;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Override
  public void record(AuditEvent event) {
    em.persist(event);
  }

  @Override
  public long count() {
    return em.createQuery("select count(a) from AuditEvent a", Long.class).getSingleResult();
  }

  @Override
  public List<AuditEvent> list(PageRequest page) {
    return em.createQuery(
            "select a from AuditEvent a order by a.occurredAt desc, a.id desc", AuditEvent.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }
}
