package org.learningcommons.development.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.development.DevelopmentGoals;
import org.learningcommons.development.GoalDetails;
import org.learningcommons.development.GoalStatus;
import org.learningcommons.development.Views.GoalView;
import org.learningcommons.infrastructure.web.Messages;

/**
 * The goal forms of the record page: the person sets, changes, moves and deletes goals; managers
 * above them and HR comment.
 */
@Named
@ViewScoped
public class GoalForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "title", "goalForm:goalTitle",
          "description", "goalForm:goalDescription",
          "targetDate", "goalForm:goalTarget");

  @EJB DevelopmentGoals goals;
  @Inject RecordPage page;
  @Inject Refusals refusals;
  @Inject Messages messages;

  private Long editing;
  private String title;
  private String description;
  private LocalDate targetDate;
  private final Map<Long, String> comments = new HashMap<>();

  public void save() {
    GoalDetails details = new GoalDetails(title, description, targetDate);
    boolean saved =
        refusals.attempt(
            () -> {
              if (editing == null) {
                goals.add(details);
              } else {
                goals.revise(editing, details);
              }
            },
            FIELDS);
    if (saved) {
      messages.info(editing == null ? "development.goal.added" : "development.goal.saved");
      clear();
      page.reload();
    }
  }

  public void edit(GoalView goal) {
    editing = goal.id();
    title = goal.title();
    description = goal.description();
    targetDate = goal.targetDate();
  }

  public void clear() {
    editing = null;
    title = null;
    description = null;
    targetDate = null;
  }

  public void move(long id, GoalStatus status) {
    if (refusals.attempt(() -> goals.moveTo(id, status))) {
      messages.info("development.goal.moved");
      page.reload();
    }
  }

  public void delete(long id) {
    if (refusals.attempt(() -> goals.delete(id))) {
      messages.info("development.goal.deleted");
      if (Long.valueOf(id).equals(editing)) {
        clear();
      }
      page.reload();
    }
  }

  public void comment(long id) {
    String body = comments.get(id);
    if (refusals.attempt(() -> goals.comment(id, body == null ? "" : body))) {
      messages.info("development.goal.commented");
      comments.remove(id);
      page.reload();
    }
  }

  /** The statuses a goal in {@code status} may move to. */
  public List<GoalStatus> next(GoalStatus status) {
    return List.copyOf(status.next());
  }

  public boolean isEditing() {
    return editing != null;
  }

  public Map<Long, String> getComments() {
    return comments;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getTargetDate() {
    return targetDate;
  }

  public void setTargetDate(LocalDate targetDate) {
    this.targetDate = targetDate;
  }
}
