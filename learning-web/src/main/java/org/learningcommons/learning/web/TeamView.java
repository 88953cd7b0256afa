package org.learningcommons.learning.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.infrastructure.web.LocaleBean;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.learning.CourseChoice;
import org.learningcommons.learning.EnrolmentReport;
import org.learningcommons.learning.Enrolments;
import org.learningcommons.learning.MyLearning;
import org.learningcommons.learning.PersonChoice;
import org.learningcommons.learning.TeamTrainingView;
import org.learningcommons.learning.TrainingStatus;
import org.learningcommons.shared.PageRequest;

/**
 * A manager's team: the mandatory training of everyone below them (filter by status), and a form to
 * enrol some of them on a course with an optional due date.
 */
@Named
@ViewScoped
public class TeamView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "courseId", "enrolForm:teamCourse",
          "usernames", "enrolForm:teamPeople",
          "dueAt", "enrolForm:teamDue");

  @EJB MyLearning learning;
  @EJB Enrolments enrolments;
  @Inject Refusals refusals;
  @Inject Messages messages;
  @Inject LocaleBean locale;

  private TrainingStatus status;
  private PagedDataModel<TeamTrainingView> training;
  private boolean hasTeam;
  private List<CourseChoice> courses;
  private List<PersonChoice> people;
  private Long courseId;
  private List<String> chosen = new ArrayList<>();
  private LocalDate due;
  private String result;

  public void load() {
    hasTeam = learning.hasTeam();
    filter();
    if (hasTeam) {
      courses = learning.coursesToOffer();
      people = learning.teamMembers();
    }
  }

  public void filter() {
    TrainingStatus s = status;
    training =
        new PagedDataModel<>(
            () -> learning.team(s, new PageRequest(0, 1)).total(),
            page -> learning.team(s, page).items());
  }

  public void enrol() {
    Instant dueAt = due == null ? null : due.plusDays(1).atStartOfDay(locale.getZone()).toInstant();
    long course = courseId == null ? -1 : courseId;
    List<String> names = List.copyOf(chosen);
    EnrolmentReport[] report = new EnrolmentReport[1];
    if (courseId == null) {
      messages.error("training.team.chooseCourse");
      return;
    }
    if (refusals.attempt(() -> report[0] = enrolments.enrol(course, names, dueAt), FIELDS)) {
      result =
          messages.text(
              "training.team.enrolled", report[0].enrolled().size(), report[0].skipped().size());
      chosen = new ArrayList<>();
      filter();
    }
  }

  public TrainingStatus[] getStatuses() {
    return TrainingStatus.values();
  }

  public PagedDataModel<TeamTrainingView> getTraining() {
    return training;
  }

  public boolean isHasTeam() {
    return hasTeam;
  }

  public List<CourseChoice> getCourses() {
    return courses;
  }

  public List<PersonChoice> getPeople() {
    return people;
  }

  public TrainingStatus getStatus() {
    return status;
  }

  public void setStatus(TrainingStatus status) {
    this.status = status;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen;
  }

  public LocalDate getDue() {
    return due;
  }

  public void setDue(LocalDate due) {
    this.due = due;
  }

  public String getResult() {
    return result;
  }
}
