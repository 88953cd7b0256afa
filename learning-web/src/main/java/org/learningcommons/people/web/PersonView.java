package org.learningcommons.people.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.people.ProfileNotFoundException;
import org.learningcommons.people.ProfileService;
import org.learningcommons.people.ProfileView;
import org.learningcommons.people.StaffSummary;
import org.learningcommons.people.Usernames;

/**
 * Someone's profile, at a bookmarkable address: {@code /people/person.xhtml?u=username}. View
 * scoped so that the page's forms (following) still see the person when they post back: the view
 * action loads it on the first request only.
 */
@Named
@ViewScoped
public class PersonView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ProfileService profiles;
  @Inject Messages messages;

  private String u;
  private ProfileView person;
  private List<StaffSummary> reports;

  public void load() throws IOException {
    Optional<String> username = Usernames.acceptable(u);
    if (username.isEmpty()) {
      notFound();
      return;
    }
    try {
      person = profiles.profileOf(username.get());
    } catch (ProfileNotFoundException e) {
      notFound();
      return;
    }
    reports = profiles.directReports(person.username());
  }

  /** A real 404, so that browsers, crawlers and tests see the error page for what it is. */
  private void notFound() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, messages.text("profile.notFound"));
    faces.responseComplete();
  }

  public String getU() {
    return u;
  }

  public void setU(String u) {
    this.u = u;
  }

  public ProfileView getPerson() {
    return person;
  }

  public List<StaffSummary> getReports() {
    return reports;
  }
}
