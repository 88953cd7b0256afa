package org.learningcommons.development.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.community.web.Refusals;
import org.learningcommons.development.DevelopmentRecord;
import org.learningcommons.development.Views.CompletedCourseView;
import org.learningcommons.development.Views.ExternalLearningView;
import org.learningcommons.development.Views.GoalView;
import org.learningcommons.development.Views.RecordView;
import org.learningcommons.infrastructure.web.LocaleBean;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.learning.TrainingStatus;
import org.learningcommons.shared.PageRequest;

/**
 * A person's record of development ({@code /development/record.xhtml}, {@code ?user=} for another
 * person's): CPD hours, mandatory training, courses in progress and completed, external learning
 * and goals. A person the caller may not look at answers 404, like one who does not exist.
 */
@Named
@ViewScoped
public class RecordPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The first page of a section, read with the record. */
  static final int ROWS = 10;

  @EJB DevelopmentRecord record;
  @Inject Refusals refusals;
  @Inject LocaleBean locale;
  @Inject Messages messages;

  private String user;
  private Integer year;
  private RecordView view;
  private PagedDataModel<CompletedCourseView> completed;
  private PagedDataModel<ExternalLearningView> external;
  private PagedDataModel<GoalView> goals;
  private Integer cpdTarget;

  public void load() {
    if (!reload()) {
      return;
    }
    String who = view.person().username();
    completed =
        new PagedDataModel<>(
            () -> record.completed(who, new PageRequest(0, 1)).total(),
            page -> record.completed(who, page).items());
    external =
        new PagedDataModel<>(
            () -> record.externalLearning(who, new PageRequest(0, 1)).total(),
            page -> record.externalLearning(who, page).items());
    goals =
        new PagedDataModel<>(
            () -> record.goals(who, new PageRequest(0, 1)).total(),
            page -> record.goals(who, page).items());
  }

  /** Reads the record again after a change; false after answering 404. */
  public boolean reload() {
    PageRequest first = new PageRequest(0, ROWS);
    try {
      view = record.record(user, year, first, first, first);
      return true;
    } catch (NotFoundException e) {
      refusals.notFound();
      return false;
    } catch (RejectedInputException e) {
      year = null;
      view = record.record(user, null, first, first, first);
      return true;
    }
  }

  /** HR sets this person's yearly CPD target; an empty field returns them to the default. */
  public void setTarget() {
    String who = view.person().username();
    Integer hours = cpdTarget;
    if (refusals.attempt(
        () -> record.setCpdTarget(who, hours), Map.of("hours", "cpdTargetForm:cpdTarget"))) {
      messages.info("development.cpd.targetSet");
      cpdTarget = null;
      reload();
    }
  }

  /** The PDF of this record, through the API (the session signs the request in). */
  public String getPdfPath() {
    return "/api/v1/people/"
        + URLEncoder.encode(view.person().username(), StandardCharsets.UTF_8)
        + "/record.pdf";
  }

  /** PrimeFaces tag severity of a training status. */
  public String severity(TrainingStatus status) {
    return switch (status) {
      case OVERDUE, EXPIRED -> "danger";
      case EXPIRING -> "warning";
      case COMPLETED -> "success";
      case ASSIGNED, IN_PROGRESS -> "info";
    };
  }

  /** A moment as a date in the person's language and the installation's time zone. */
  public String date(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(locale.getLocale())
            .withZone(locale.getZone())
            .format(instant);
  }

  public String day(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(locale.getLocale())
            .format(date);
  }

  public boolean isMine() {
    return view != null && view.mine();
  }

  public Integer getCpdTarget() {
    return cpdTarget;
  }

  public void setCpdTarget(Integer cpdTarget) {
    this.cpdTarget = cpdTarget;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user == null || user.isBlank() || user.length() > 256 ? null : user.strip();
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public RecordView getView() {
    return view;
  }

  public PagedDataModel<CompletedCourseView> getCompleted() {
    return completed;
  }

  public PagedDataModel<ExternalLearningView> getExternal() {
    return external;
  }

  public PagedDataModel<GoalView> getGoals() {
    return goals;
  }
}
