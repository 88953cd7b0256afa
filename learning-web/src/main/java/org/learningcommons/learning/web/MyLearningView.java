package org.learningcommons.learning.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.learning.MyEnrolmentView;
import org.learningcommons.learning.MyLearning;
import org.learningcommons.learning.TrainingStatus;
import org.learningcommons.shared.PageRequest;

/** "My learning": the caller's courses, mandatory and overdue first, with due dates and status. */
@Named
@ViewScoped
public class MyLearningView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MyLearning learning;

  private TrainingStatus status;
  private Boolean mandatory;
  private PagedDataModel<MyEnrolmentView> enrolments;

  public void load() {
    filter();
  }

  /** Applies the filters (status, mandatory only). */
  public void filter() {
    TrainingStatus s = status;
    Boolean m = mandatory;
    enrolments =
        new PagedDataModel<>(
            () -> learning.myEnrolments(s, m, new PageRequest(0, 1)).total(),
            page -> learning.myEnrolments(s, m, page).items());
  }

  public TrainingStatus[] getStatuses() {
    return TrainingStatus.values();
  }

  public PagedDataModel<MyEnrolmentView> getEnrolments() {
    return enrolments;
  }

  public TrainingStatus getStatus() {
    return status;
  }

  public void setStatus(TrainingStatus status) {
    this.status = status;
  }

  public Boolean getMandatory() {
    return mandatory;
  }

  public void setMandatory(Boolean mandatory) {
    this.mandatory = mandatory;
  }
}
