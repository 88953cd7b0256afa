package org.learningcommons.learning;

import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.nullableLong;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.people.Role;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/**
 * HR's assignment rules: list, read, create, change and delete them (each change audited and then
 * evaluated for everybody at once), and see whom a rule assigned, with the history of assignments
 * it removed. HR and administrators only.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AssignmentRules {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB RuleChanges changes;
  @EJB AssignmentEvaluation evaluation;

  /** Saves a new rule and assigns its course to everybody it matches. */
  public RuleSaved create(RuleInput input) {
    long id = changes.create(input);
    EvaluationView evaluated = evaluation.evaluateRule(id);
    return new RuleSaved(rule(id), evaluated);
  }

  /** Changes a rule; people it no longer matches lose the assignment, new matches gain it. */
  public RuleSaved update(long id, RuleInput input) {
    changes.update(id, input);
    EvaluationView evaluated = evaluation.evaluateRule(id);
    return new RuleSaved(rule(id), evaluated);
  }

  /** Deletes a rule; its assignments are removed (kept as history). */
  public EvaluationView delete(long id) {
    changes.delete(id);
    return evaluation.evaluateRule(id);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public RuleView rule(long id) {
    List<RuleView> found = views(List.of(load(id)));
    return found.get(0);
  }

  /** Rules not deleted, by course title, then newest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Page<RuleView> rules(PageRequest page) {
    List<AssignmentRule> rules =
        em.createQuery(
                "select r from AssignmentRule r, Course c where c.id = r.courseId"
                    + " and r.deletedAt is null order by lower(c.title), r.id desc",
                AssignmentRule.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    long total =
        em.createQuery(
                "select count(r) from AssignmentRule r where r.deletedAt is null", Long.class)
            .getSingleResult();
    return new Page<>(views(rules), total, page.offset());
  }

  /**
   * Whom the rule assigned: current assignments first, then removed ones, newest first.
   *
   * @param status ACTIVE, REMOVED, or null for both
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Page<AssignmentView> assignments(long ruleId, String status, PageRequest page) {
    AssignmentRule rule = em.find(AssignmentRule.class, ruleId);
    if (rule == null) {
      throw new NotFoundException("assignment rule", ruleId);
    }
    String filter = status == null ? "" : " and a.status = ?2";
    var query =
        em.createNativeQuery(
                "select a.id, a.username, coalesce(s.display_name, a.username), a.assigned_at,"
                    + " a.due_at, a.status, a.removed_at, a.reason, a.enrolment_id"
                    + " from course_assignment a left join staff_member s"
                    + " on s.username = a.username where a.rule_id = ?1"
                    + filter
                    + " order by a.status, a.assigned_at desc, a.id desc offset "
                    + page.offset()
                    + " limit "
                    + page.limit())
            .setParameter(1, ruleId);
    var count =
        em.createNativeQuery(
                "select count(*) from course_assignment a where a.rule_id = ?1" + filter)
            .setParameter(1, ruleId);
    if (status != null) {
      query.setParameter(2, status);
      count.setParameter(2, status);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<AssignmentView> views = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      views.add(
          new AssignmentView(
              longValue(row[0]),
              string(row[1]),
              string(row[2]),
              instant(row[3]),
              instant(row[4]),
              string(row[5]),
              instant(row[6]),
              string(row[7]),
              nullableLong(row[8])));
    }
    return new Page<>(views, longValue(count.getSingleResult()), page.offset());
  }

  private AssignmentRule load(long id) {
    AssignmentRule rule = em.find(AssignmentRule.class, id);
    if (rule == null || rule.isDeleted()) {
      throw new NotFoundException("assignment rule", id);
    }
    return rule;
  }

  /** The rules with their course titles and current assignment counts, in two queries. */
  private List<RuleView> views(List<AssignmentRule> rules) {
    if (rules.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rules.stream().map(AssignmentRule::getId).toList();
    List<Long> courses = rules.stream().map(AssignmentRule::getCourseId).distinct().toList();
    Map<Long, String> titles = new HashMap<>();
    em.createQuery("select c.id, c.title from Course c where c.id in :ids", Object[].class)
        .setParameter("ids", courses)
        .getResultList()
        .forEach(row -> titles.put((Long) row[0], (String) row[1]));
    Map<Long, Long> assigned = new HashMap<>();
    String in = String.join(",", ids.stream().map(String::valueOf).toList());
    @SuppressWarnings("unchecked")
    List<Object[]> counts =
        em.createNativeQuery(
                "select a.rule_id, count(*) from course_assignment a where a.status = 'ACTIVE'"
                    + " and a.rule_id in ("
                    + in
                    + ") group by a.rule_id")
            .getResultList();
    counts.forEach(row -> assigned.put(longValue(row[0]), longValue(row[1])));
    return rules.stream()
        .map(
            r ->
                new RuleView(
                    r.getId(),
                    r.getCourseId(),
                    titles.getOrDefault(r.getCourseId(), ""),
                    r.getScope(),
                    r.getValue(),
                    r.getDueDays(),
                    r.getDueFrom(),
                    r.isActive(),
                    assigned.getOrDefault(r.getId(), 0L),
                    r.getUpdatedBy(),
                    r.getUpdatedAt()))
        .toList();
  }
}
