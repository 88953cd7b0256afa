package org.learningcommons.development.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningcommons.development.DevelopmentRecord;
import org.learningcommons.development.Views.TeamMemberView;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.learning.LearningGate;
import org.learningcommons.shared.PageRequest;

/**
 * The people whose records the caller reads ({@code /development/team.xhtml}): a manager's people
 * below them at any depth, or, for HR and administrators, anyone, searched by name.
 */
@Named
@ViewScoped
public class TeamRecordsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB DevelopmentRecord record;
  @EJB LearningGate gate;

  private String q;
  private boolean everyone;
  private PagedDataModel<TeamMemberView> people;

  public void load() {
    everyone = gate.callerIsHr();
    String query = q;
    people =
        new PagedDataModel<>(
            () -> record.team(query, new PageRequest(0, 1)).total(),
            page -> record.team(query, page).items());
  }

  /** Applies the search (post-redirect-get keeps it bookmarkable). */
  public String search() {
    return "/development/team?faces-redirect=true&includeViewParams=true";
  }

  public boolean isEveryone() {
    return everyone;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null || q.isBlank() ? null : q.strip();
  }

  public PagedDataModel<TeamMemberView> getPeople() {
    return people;
  }
}
