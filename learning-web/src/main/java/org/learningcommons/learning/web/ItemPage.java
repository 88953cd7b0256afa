package org.learningcommons.learning.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.learning.CourseReading;
import org.learningcommons.learning.CourseViews.CourseView;
import org.learningcommons.learning.CourseViews.ItemContent;
import org.learningcommons.learning.CourseViews.ProgressView;
import org.learningcommons.learning.ItemKind;
import org.learningcommons.learning.LearnerProgress;
import org.learningcommons.learning.QuizAttempts;
import org.learningcommons.learning.QuizViews.AttemptRecord;
import org.learningcommons.learning.QuizViews.AttemptResult;
import org.learningcommons.learning.QuizViews.AttemptView;

/**
 * One lesson or quiz of a course: a lesson's content with "mark as done" and the way to the
 * previous and next item; a quiz's attempt (questions in the attempt's order), its result and the
 * attempts kept. A learner who is not enrolled sees why, with the way back to the course.
 */
@Named
@ViewScoped
public class ItemPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB CourseReading reading;
  @EJB LearnerProgress progress;
  @EJB QuizAttempts quizzes;
  @Inject Refusals refusals;
  @Inject Messages messages;

  private String course;
  private String id;
  private ItemContent item;
  private String refused;
  private int percentDone;
  private AttemptView attempt;
  private AttemptResult result;
  private List<AttemptRecord> attempts = List.of();
  private Map<Long, Object> answers = new HashMap<>();

  public void load() {
    Long courseId = Refusals.id(course);
    Long itemId = Refusals.id(id);
    if (courseId == null || itemId == null) {
      refusals.notFound();
      return;
    }
    try {
      item = reading.item(courseId, itemId);
    } catch (NotFoundException e) {
      refusals.notFound();
      return;
    } catch (NotPermittedException e) {
      refused = messages.textOr(e.key(), e.getMessage());
      return;
    }
    refreshProgress();
    if (item.kind() == ItemKind.QUIZ) {
      attempts = quizzes.attempts(item.courseId(), item.id());
    }
  }

  private void refreshProgress() {
    CourseView view = reading.course(item.courseId());
    percentDone = view.progress() == null ? 0 : view.progress().percentDone();
  }

  public void markDone() {
    ProgressView[] done = new ProgressView[1];
    if (refusals.attempt(() -> done[0] = progress.markDone(item.courseId(), item.id()))) {
      item = reading.item(item.courseId(), item.id());
      percentDone = done[0].percentDone();
      messages.info(done[0].courseCompleted() ? "course.completed" : "item.markedDone");
    }
  }

  public void startAttempt() {
    if (refusals.attempt(() -> attempt = quizzes.start(item.courseId(), item.id()))) {
      result = null;
      answers = new HashMap<>();
    }
  }

  public void submitAttempt() {
    Map<Long, List<Integer>> chosen = new HashMap<>();
    for (Map.Entry<Long, Object> entry : answers.entrySet()) {
      chosen.put(entry.getKey(), positions(entry.getValue()));
    }
    if (refusals.attempt(
        () -> result = quizzes.submit(item.courseId(), item.id(), attempt.number(), chosen))) {
      attempt = null;
      answers = new HashMap<>();
      attempts = quizzes.attempts(item.courseId(), item.id());
      item = reading.item(item.courseId(), item.id());
      refreshProgress();
    }
  }

  /** A radio gives one value, a checkbox group an array or a list; nothing chosen is empty. */
  private static List<Integer> positions(Object value) {
    List<Integer> positions = new ArrayList<>();
    if (value instanceof Object[] array) {
      for (Object v : array) {
        add(positions, v);
      }
    } else if (value instanceof Collection<?> list) {
      list.forEach(v -> add(positions, v));
    } else {
      add(positions, value);
    }
    return positions;
  }

  private static void add(List<Integer> positions, Object value) {
    if (value != null && !value.toString().isBlank()) {
      try {
        positions.add(Integer.valueOf(value.toString().strip()));
      } catch (NumberFormatException e) {
        positions.add(-1); // refused by the server as no such option
      }
    }
  }

  /** Option positions 0..n-1 for a question's options, for the radio and checkbox values. */
  public List<Integer> positions(List<String> options) {
    List<Integer> result = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      result.add(i);
    }
    return result;
  }

  public String getProgressText() {
    return percentDone + "%";
  }

  public int getPercentDone() {
    return percentDone;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ItemContent getItem() {
    return item;
  }

  public String getRefused() {
    return refused;
  }

  public AttemptView getAttempt() {
    return attempt;
  }

  public AttemptResult getResult() {
    return result;
  }

  public List<AttemptRecord> getAttempts() {
    return attempts;
  }

  public Map<Long, Object> getAnswers() {
    return answers;
  }
}
