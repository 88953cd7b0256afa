package org.learningcommons.learning;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.people.Role;

/**
 * Writes assignment rules, one transaction each, audited; {@link AssignmentRules} evaluates them
 * after the commit.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
public class RuleChanges {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Inject AuditTrail audit;
  @Resource SessionContext context;

  public long create(RuleInput input) {
    String me = context.getCallerPrincipal().getName();
    Instant now = Instant.now();
    Checked checked = check(input);
    AssignmentRule rule;
    try {
      rule =
          new AssignmentRule(
              checked.course,
              input.scope(),
              input.value(),
              input.dueDays(),
              checked.dueFrom,
              checked.active,
              me,
              now);
    } catch (IllegalArgumentException e) {
      throw rejectedValue(e);
    }
    em.persist(rule);
    em.flush();
    audited(rule, me, now, AuditAction.ASSIGNMENT_RULE_SAVED);
    return rule.getId();
  }

  public void update(long id, RuleInput input) {
    String me = context.getCallerPrincipal().getName();
    Instant now = Instant.now();
    AssignmentRule rule = find(id);
    Checked checked = check(input);
    try {
      rule.change(
          checked.course,
          input.scope(),
          input.value(),
          input.dueDays(),
          checked.dueFrom,
          checked.active,
          me,
          now);
    } catch (IllegalArgumentException e) {
      throw rejectedValue(e);
    }
    audited(rule, me, now, AuditAction.ASSIGNMENT_RULE_SAVED);
  }

  public void delete(long id) {
    String me = context.getCallerPrincipal().getName();
    Instant now = Instant.now();
    AssignmentRule rule = find(id);
    rule.delete(me, now);
    audited(rule, me, now, AuditAction.ASSIGNMENT_RULE_DELETED);
  }

  private AssignmentRule find(long id) {
    AssignmentRule rule = em.find(AssignmentRule.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (rule == null || rule.isDeleted()) {
      throw new NotFoundException("assignment rule", id);
    }
    return rule;
  }

  private record Checked(Course course, DueFrom dueFrom, boolean active) {}

  private Checked check(RuleInput input) {
    if (input == null || input.courseId() == null) {
      throw new RejectedInputException("courseId", "refusal.rule.course", "Choose a course.");
    }
    Course course = em.find(Course.class, input.courseId());
    if (course == null) {
      throw new RejectedInputException(
          "courseId", "refusal.rule.courseUnknown", "There is no such course.");
    }
    if (course.getStatus() != CourseStatus.PUBLISHED) {
      throw new RejectedInputException(
          "courseId",
          "refusal.rule.coursePublished",
          "Only a published course can be made mandatory.");
    }
    if (input.scope() == null) {
      throw new RejectedInputException(
          "scope",
          "refusal.rule.scope",
          "Choose whom the rule is for: EVERYONE, DEPARTMENT, ROLE, TITLE or GROUP.");
    }
    if (input.scope().needsValue() && (input.value() == null || input.value().isBlank())) {
      throw new RejectedInputException(
          "value", "refusal.rule.value", "Say which department, role, title or group.");
    }
    if (input.dueDays() == null
        || input.dueDays() < 0
        || input.dueDays() > AssignmentRule.MAX_DUE_DAYS) {
      throw new RejectedInputException(
          "dueDays",
          "refusal.rule.dueDays",
          "The due days must be between 0 and " + AssignmentRule.MAX_DUE_DAYS + ".",
          AssignmentRule.MAX_DUE_DAYS);
    }
    return new Checked(
        course,
        input.dueFrom() == null ? DueFrom.ASSIGNMENT : input.dueFrom(),
        input.active() == null || input.active());
  }

  private static RejectedInputException rejectedValue(IllegalArgumentException e) {
    return new RejectedInputException("value", "refusal.rule.valueInvalid", e.getMessage() + ".");
  }

  private void audited(AssignmentRule rule, String me, Instant now, AuditAction action) {
    audit.record(
        new AuditEvent(
            now,
            me,
            action,
            "assignment rule " + rule.getId(),
            null,
            "course "
                + rule.getCourseId()
                + ", "
                + rule.getScope()
                + (rule.getValue() == null ? "" : " " + rule.getValue())
                + ", due "
                + rule.getDueDays()
                + " days after "
                + rule.getDueFrom()
                + (rule.isActive() ? "" : ", inactive")));
  }
}
