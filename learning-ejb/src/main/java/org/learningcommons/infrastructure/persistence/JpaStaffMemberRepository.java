package org.learningcommons.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.learningcommons.people.StaffMember;
import org.learningcommons.people.StaffMemberRepository;
import org.learningcommons.people.StaffSearch;
import org.learningcommons.shared.PageRequest;

@ApplicationScoped
public class JpaStaffMemberRepository implements StaffMemberRepository {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Override
  public Optional<StaffMember> findByUsername(String username) {
    return em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<String, StaffMember> allByUsername() {
    Map<String, StaffMember> byUsername = new HashMap<>();
    for (StaffMember member :
        em.createNamedQuery(StaffMember.FIND_ALL, StaffMember.class).getResultList()) {
      byUsername.put(member.getUsername(), member);
    }
    return byUsername;
  }

  @Override
  public void add(StaffMember member) {
    em.persist(member);
  }

  @Override
  public long count(StaffSearch criteria) {
    TypedQuery<Long> count =
        em.createQuery("select count(s) from StaffMember s where " + where(criteria), Long.class);
    bind(count, criteria);
    return count.getSingleResult();
  }

  @Override
  public List<StaffMember> list(StaffSearch criteria, PageRequest page) {
    TypedQuery<StaffMember> rows =
        em.createQuery(
            "select s from StaffMember s where "
                + where(criteria)
                + " order by lower(s.displayName), s.id",
            StaffMember.class);
    bind(rows, criteria);
    return rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
  }

  private static String where(StaffSearch criteria) {
    StringBuilder where = new StringBuilder("s.active = true");
    if (criteria.text() != null) {
      where.append(
          " and (lower(s.displayName) like :text escape '\\' or s.username like :text escape '\\'"
              + " or lower(s.title) like :text escape '\\')");
    }
    if (criteria.department() != null) {
      where.append(" and s.department = :department");
    }
    if (criteria.title() != null) {
      where.append(" and lower(s.title) = :title");
    }
    return where.toString();
  }

  private static void bind(TypedQuery<?> query, StaffSearch criteria) {
    if (criteria.text() != null) {
      query.setParameter("text", "%" + likeEscaped(criteria.text().toLowerCase(Locale.ROOT)) + "%");
    }
    if (criteria.department() != null) {
      query.setParameter("department", criteria.department());
    }
    if (criteria.title() != null) {
      query.setParameter("title", criteria.title().toLowerCase(Locale.ROOT));
    }
  }

  /** Makes {@code %} and {@code _} typed by a person match themselves. */
  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public List<String> departments() {
    return em.createQuery(
            "select distinct s.department from StaffMember s"
                + " where s.active = true and s.department is not null order by s.department",
            String.class)
        .getResultList();
  }

  @Override
  public List<StaffMember> directReports(String username, int limit) {
    return em.createQuery(
            "select s from StaffMember s where s.active = true and s.managerUsername = :manager"
                + " order by lower(s.displayName), s.id",
            StaffMember.class)
        .setParameter("manager", username)
        .setMaxResults(limit)
        .getResultList();
  }
}
