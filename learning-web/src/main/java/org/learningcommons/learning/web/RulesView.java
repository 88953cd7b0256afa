package org.learningcommons.learning.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.infrastructure.security.CurrentUser;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.learning.AssignmentEvaluation;
import org.learningcommons.learning.AssignmentRules;
import org.learningcommons.learning.CourseChoice;
import org.learningcommons.learning.DueFrom;
import org.learningcommons.learning.EvaluationView;
import org.learningcommons.learning.MyLearning;
import org.learningcommons.learning.RuleInput;
import org.learningcommons.learning.RuleSaved;
import org.learningcommons.learning.RuleScope;
import org.learningcommons.learning.RuleView;
import org.learningcommons.shared.PageRequest;

/**
 * HR's assignment rules: the list, one form to create or change a rule (saving evaluates it), and
 * "evaluate now" for every rule, each with its result shown.
 */
@Named
@ViewScoped
public class RulesView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "courseId", "ruleForm:ruleCourse",
          "scope", "ruleForm:ruleScope",
          "value", "ruleForm:ruleValue",
          "dueDays", "ruleForm:ruleDueDays");

  @EJB AssignmentRules rules;
  @EJB AssignmentEvaluation evaluation;
  @EJB MyLearning learning;
  @Inject CurrentUser user;
  @Inject Refusals refusals;
  @Inject Messages messages;

  private PagedDataModel<RuleView> list;
  private List<CourseChoice> courses;
  private Long editing;
  private Long courseId;
  private RuleScope scope = RuleScope.DEPARTMENT;
  private String value;
  private Integer dueDays = 30;
  private DueFrom dueFrom = DueFrom.ASSIGNMENT;
  private boolean active = true;
  private String result;

  public void load() {
    if (!user.isHr() && !user.isAdmin()) {
      refusals.forbidden();
      return;
    }
    list =
        new PagedDataModel<>(
            () -> rules.rules(new PageRequest(0, 1)).total(), page -> rules.rules(page).items());
    courses = learning.coursesToOffer();
  }

  public void save() {
    RuleInput input =
        new RuleInput(
            courseId, scope, scope == RuleScope.EVERYONE ? null : value, dueDays, dueFrom, active);
    Long id = editing;
    RuleSaved[] saved = new RuleSaved[1];
    if (refusals.attempt(
        () -> saved[0] = id == null ? rules.create(input) : rules.update(id, input), FIELDS)) {
      result = summary(saved[0].evaluation());
      messages.info("training.rules.saved", saved[0].evaluation().assigned());
      clear();
    }
  }

  public void edit(RuleView rule) {
    editing = rule.id();
    courseId = rule.courseId();
    scope = rule.scope();
    value = rule.value();
    dueDays = rule.dueDays();
    dueFrom = rule.dueFrom();
    active = rule.active();
  }

  public void delete(RuleView rule) {
    EvaluationView[] run = new EvaluationView[1];
    if (refusals.attempt(() -> run[0] = rules.delete(rule.id()))) {
      result = summary(run[0]);
      messages.info("training.rules.deleted");
      if (rule.id() == (editing == null ? -1 : editing)) {
        clear();
      }
    }
  }

  public void evaluate() {
    EvaluationView[] run = new EvaluationView[1];
    if (refusals.attempt(() -> run[0] = evaluation.evaluateNow())) {
      result = summary(run[0]);
    }
  }

  public void clear() {
    editing = null;
    courseId = null;
    scope = RuleScope.DEPARTMENT;
    value = null;
    dueDays = 30;
    dueFrom = DueFrom.ASSIGNMENT;
    active = true;
  }

  private String summary(EvaluationView run) {
    return messages.text(
        "training.rules.result",
        run.people(),
        run.assigned(),
        run.enrolled(),
        run.removed(),
        run.withdrawn(),
        run.millis());
  }

  public RuleScope[] getScopes() {
    return RuleScope.values();
  }

  public DueFrom[] getDueFroms() {
    return DueFrom.values();
  }

  public PagedDataModel<RuleView> getList() {
    return list;
  }

  public List<CourseChoice> getCourses() {
    return courses;
  }

  public Long getEditing() {
    return editing;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public RuleScope getScope() {
    return scope;
  }

  public void setScope(RuleScope scope) {
    this.scope = scope;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public Integer getDueDays() {
    return dueDays;
  }

  public void setDueDays(Integer dueDays) {
    this.dueDays = dueDays;
  }

  public DueFrom getDueFrom() {
    return dueFrom;
  }

  public void setDueFrom(DueFrom dueFrom) {
    this.dueFrom = dueFrom;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getResult() {
    return result;
  }
}
