package org.learningcommons.people.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningcommons.infrastructure.security.CurrentUser;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.people.Following;
import org.learningcommons.people.ProfileView;
import org.learningcommons.people.StaffSummary;

/**
 * Following a colleague from their profile page, with their follower and following counts and the
 * lists behind them. View scoped so that the ajax buttons remember whose page this is.
 */
@Named
@ViewScoped
public class FollowView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Following following;
  @Inject PersonView person;
  @Inject CurrentUser currentUser;

  private String username;
  private boolean self;
  private boolean followed;
  private long followers;
  private long follows;
  private PagedDataModel<StaffSummary> listed;
  private boolean listingFollowers;

  /** Runs after {@link PersonView#load()}; nothing to do when the person was not found. */
  public void load() {
    ProfileView profile = person.getPerson();
    if (profile == null) {
      return;
    }
    username = profile.username();
    self = username.equals(currentUser.getUsername());
    refresh();
  }

  private void refresh() {
    followed = !self && following.isFollowing(username);
    followers = following.countFollowers(username);
    follows = following.countFollowing(username);
  }

  public void toggle() {
    if (followed) {
      following.unfollow(username);
    } else {
      following.follow(username);
    }
    refresh();
  }

  public void showFollowers() {
    listingFollowers = true;
    String shown = username;
    listed =
        new PagedDataModel<>(
            () -> following.countFollowers(shown), page -> following.followers(shown, page));
  }

  public void showFollowing() {
    listingFollowers = false;
    String shown = username;
    listed =
        new PagedDataModel<>(
            () -> following.countFollowing(shown), page -> following.following(shown, page));
  }

  public boolean isSelf() {
    return self;
  }

  public boolean isFollowed() {
    return followed;
  }

  public long getFollowers() {
    return followers;
  }

  public long getFollows() {
    return follows;
  }

  public PagedDataModel<StaffSummary> getListed() {
    return listed;
  }

  public boolean isListingFollowers() {
    return listingFollowers;
  }
}
