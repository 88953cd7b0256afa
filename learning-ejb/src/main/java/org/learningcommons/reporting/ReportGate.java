package org.learningcommons.reporting;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.infrastructure.persistence.SqlParams;
import org.learningcommons.learning.CourseChoice;
import org.learningcommons.learning.LearningGate;
import org.learningcommons.learning.PersonChoice;
import org.learningcommons.people.Role;

/**
 * The one place that decides whose figures a report shows: {@link #scope} turns the caller into a
 * {@link ReportScope} and refuses (403, audited) people who are neither HR, administrators nor
 * managers; {@link #check} refuses filters that name an unknown department or course, or a manager
 * outside the caller's reporting line.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class ReportGate {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Resource SessionContext context;

  @Inject ReportDenials denials;

  public String caller() {
    return context.getCallerPrincipal().getName();
  }

  /**
   * The caller's scope for {@code report} (a short name for the audit trail, such as "compliance").
   *
   * @throws NotPermittedException for staff without a reporting role, after auditing the refusal
   */
  public ReportScope scope(String report) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (context.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return ReportScope.of(caller(), roles)
        .orElseThrow(
            () -> {
              denials.record(caller(), report);
              return new NotPermittedException(
                  "report.denied", "Reports are for HR, administrators and managers.");
            });
  }

  /** Whether the caller may see reports at all (for showing the menu entry; not audited). */
  public boolean mayReport() {
    return context.isCallerInRole(Role.Names.HR)
        || context.isCallerInRole(Role.Names.ADMIN)
        || context.isCallerInRole(Role.Names.MANAGER);
  }

  /**
   * Checks the filter's references against the data and the scope.
   *
   * @return the filter, unchanged
   * @throws InvalidReportFilterException for an unknown department or course, or a manager who is
   *     neither the scope's manager nor below them (the message does not tell which)
   */
  // Needs no caller: scheduled delivery checks each recipient's scope from a timer.
  @PermitAll
  public ReportFilter check(ReportScope scope, ReportFilter filter) {
    if (filter.department() != null
        && em.createNativeQuery(
                "select 1 from staff_member s where lower(s.department) = lower(?1)"
                    + " and s.active limit 1")
            .setParameter(1, filter.department())
            .getResultList()
            .isEmpty()) {
      throw new ReportFilterRefusedException(
          ReportFilter.DEPARTMENT, "There is no department '" + filter.department() + "'.");
    }
    if (filter.courseId() != null
        && em.createNativeQuery("select 1 from course c where c.id = ?1")
            .setParameter(1, filter.courseId())
            .getResultList()
            .isEmpty()) {
      throw new ReportFilterRefusedException(
          ReportFilter.COURSE, "There is no course " + filter.courseId() + ".");
    }
    if (filter.manager() != null && !managerInScope(scope, filter.manager())) {
      throw new ReportFilterRefusedException(
          ReportFilter.MANAGER,
          scope.isEveryone()
              ? "There is no staff member '" + filter.manager() + "'."
              : "'" + filter.manager() + "' is not in your reporting line.");
    }
    return filter;
  }

  /** The departments of the people in the caller's scope, for the department filter. */
  public List<String> departments(ReportScope scope) {
    SqlParams params = new SqlParams();
    String sql =
        ScopeSql.with(scope.manager(), ReportFilter.defaults(LocalDate.now()), params)
            + " select distinct s.department from scoped s where s.department is not null"
            + " order by s.department";
    List<String> found = new ArrayList<>();
    for (Object row : params.bind(em.createNativeQuery(sql)).getResultList()) {
      found.add((String) row);
    }
    return found;
  }

  /**
   * Managers in the caller's scope (people with someone below them) whose name or user name
   * contains {@code text}, for the manager-line filter; at most {@code limit}.
   */
  public List<PersonChoice> managers(ReportScope scope, String text, int limit) {
    SqlParams params = new SqlParams();
    String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
    String sql =
        ScopeSql.with(scope.manager(), ReportFilter.defaults(LocalDate.now()), params)
            + " select m.username, m.display_name from staff_member m"
            + " where (m.username in (select username from scoped)"
            + (scope.isEveryone() ? "" : " or m.username = " + params.add(scope.manager()))
            + ") and exists (select 1 from staff_member r where r.manager_username = m.username"
            + " and r.active) and (lower(m.display_name) like "
            + params.add(like)
            + " or lower(m.username) like "
            + params.add(like)
            + ") order by lower(m.display_name), m.username limit "
            + params.add(limit);
    List<PersonChoice> found = new ArrayList<>();
    for (Object row : params.bind(em.createNativeQuery(sql)).getResultList()) {
      Object[] cells = (Object[]) row;
      found.add(new PersonChoice((String) cells[0], (String) cells[1]));
    }
    return found;
  }

  /** Published and retired courses, for the course filter; at most 500. */
  public List<CourseChoice> courses() {
    List<CourseChoice> found = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select c.id, c.title from course c where c.status <> 'DRAFT'"
                    + " order by lower(c.title), c.id limit 500")
            .getResultList()) {
      Object[] cells = (Object[]) row;
      found.add(new CourseChoice(((Number) cells[0]).longValue(), (String) cells[1]));
    }
    return found;
  }

  private boolean managerInScope(ReportScope scope, String manager) {
    if (scope.isEveryone()) {
      return !em.createNativeQuery("select 1 from staff_member s where s.username = ?1")
          .setParameter(1, manager)
          .getResultList()
          .isEmpty();
    }
    if (scope.manager().equals(manager)) {
      return true;
    }
    List<?> found =
        em.createNativeQuery(
                LearningGate.MANAGERS_ABOVE + "select 1 from chain where username = ?2 limit 1")
            .setParameter(1, manager)
            .setParameter(2, scope.manager())
            .getResultList();
    return !found.isEmpty();
  }
}
