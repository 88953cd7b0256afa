package org.learningcommons.community;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.learningcommons.people.Role;

/**
 * The one place that answers "may the caller see this community, and what may they do in it". A
 * community the caller may not see is reported as not found, exactly like one that does not exist.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class CommunityGate {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Resource SessionContext context;

  public String caller() {
    return context.getCallerPrincipal().getName();
  }

  public boolean callerIsAdministrator() {
    return context.isCallerInRole(Role.Names.ADMIN);
  }

  /** The community with the caller's membership, in one query; not found when invisible. */
  public Guarded community(long id) {
    return guard(id, false);
  }

  /** Like {@link #community(long)}, with the community row locked for counter updates. */
  public Guarded communityForUpdate(long id) {
    return guard(id, true);
  }

  private Guarded guard(long id, boolean lock) {
    List<Object[]> rows =
        em.createQuery(
                "select c, m from Community c left join Membership m"
                    + " on m.community = c and m.username = :me where c.id = :id",
                Object[].class)
            .setParameter("id", id)
            .setParameter("me", caller())
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("community", id);
    }
    Community community = (Community) rows.get(0)[0];
    Membership membership = (Membership) rows.get(0)[1];
    CommunityAccess access = community.accessFor(membership, callerIsAdministrator());
    if (!access.canSee()) {
      throw new NotFoundException("community", id);
    }
    if (lock) {
      // EclipseLink re-reads the row with FOR UPDATE, so counters start from committed values.
      em.lock(community, LockModeType.PESSIMISTIC_WRITE);
    }
    return new Guarded(community, membership, access);
  }
}
