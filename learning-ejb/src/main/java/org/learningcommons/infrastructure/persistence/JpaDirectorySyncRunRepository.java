package org.learningcommons.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.learningcommons.people.DirectorySyncRun;
import org.learningcommons.people.DirectorySyncRunRepository;

@ApplicationScoped
public class JpaDirectorySyncRunRepository implements DirectorySyncRunRepository {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Override
  public void add(DirectorySyncRun run) {
    em.persist(run);
  }

  @Override
  public List<DirectorySyncRun> recent(int limit) {
    return em.createNamedQuery(DirectorySyncRun.FIND_RECENT, DirectorySyncRun.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
