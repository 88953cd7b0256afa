package org.learningcommons.people.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.learningcommons.people.ProfileService;
import org.learningcommons.people.ProfileView;

/** "My Commons": the signed-in person's home page. */
@Named
@RequestScoped
public class HomeView {

  @EJB ProfileService profiles;

  private ProfileView me;

  public void load() {
    me = profiles.myProfile();
  }

  public ProfileView getMe() {
    return me;
  }
}
