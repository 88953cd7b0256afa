package org.learningcommons.people.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.people.ProfileChangedException;
import org.learningcommons.people.ProfileService;
import org.learningcommons.people.ProfileView;
import org.learningcommons.people.StaffMember;
import org.learningcommons.people.StaffSummary;

/**
 * "My profile": what the directory says (read only) and what the person tells about themselves.
 * View scoped so that the version that was edited stays with the form until it is saved.
 */
@Named
@ViewScoped
public class MyProfileEdit implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ProfileService profiles;
  @Inject Messages messages;

  private ProfileView me;
  private List<StaffSummary> reports;
  private long version;
  private String bio;
  private String skills;
  private String interests;

  public void load() {
    show(profiles.myProfile());
    reports = profiles.directReports(me.username());
  }

  public void save() {
    try {
      show(profiles.describeMyself(version, bio, skills, interests));
      messages.info("profile.saved");
    } catch (ProfileChangedException e) {
      show(profiles.myProfile());
      messages.error("profile.changedElsewhere");
    } catch (EJBException e) {
      // The form checks the lengths first; this is the last line when a browser sends more.
      if (!(e.getCause() instanceof ConstraintViolationException)) {
        throw e;
      }
      messages.error("profile.tooLong");
    }
  }

  private void show(ProfileView profile) {
    me = profile;
    version = profile.version();
    bio = profile.bio();
    skills = profile.skills();
    interests = profile.interests();
  }

  public ProfileView getMe() {
    return me;
  }

  public List<StaffSummary> getReports() {
    return reports;
  }

  public int getMaxBio() {
    return StaffMember.MAX_BIO;
  }

  public int getMaxSkills() {
    return StaffMember.MAX_SKILLS;
  }

  public int getMaxInterests() {
    return StaffMember.MAX_INTERESTS;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }

  public String getInterests() {
    return interests;
  }

  public void setInterests(String interests) {
    this.interests = interests;
  }
}
