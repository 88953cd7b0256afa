package org.learningcommons.community.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningcommons.community.Communities;
import org.learningcommons.community.CommunityView;
import org.learningcommons.community.MembershipStatus;
import org.learningcommons.community.Memberships;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.discussion.ThreadReading;
import org.learningcommons.discussion.ThreadSummary;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.infrastructure.web.PagedDataModel;

/**
 * A community's page ({@code /communities/community.xhtml?id=N}): its header, joining and leaving,
 * and its threads. A community the caller may not see answers 404, like one that does not exist.
 */
@Named
@ViewScoped
public class CommunityPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Threads per page of the list. */
  public static final int THREADS_PER_PAGE = 20;

  @EJB Communities communities;
  @EJB Memberships memberships;
  @EJB ThreadReading reading;
  @Inject Refusals refusals;
  @Inject Messages messages;

  private String id;
  private CommunityView community;
  private PagedDataModel<ThreadSummary> threads;

  public void load() {
    CommunityView view = refusals.community(id);
    if (view != null) {
      show(view);
    }
  }

  private void show(CommunityView view) {
    community = view;
    long communityId = view.id();
    threads =
        view.canRead()
            ? new PagedDataModel<>(
                () -> reading.countThreads(communityId),
                page -> reading.listThreads(communityId, page))
            : null;
  }

  /** Joins, asks to join or accepts the invitation, whichever the community allows. */
  public void join() {
    MembershipStatus[] status = new MembershipStatus[1];
    if (refusals.attempt(() -> status[0] = memberships.joinCommunity(community.id()))) {
      messages.info(
          status[0] == MembershipStatus.ACTIVE ? "community.joined" : "community.requestSent");
    }
    reload();
  }

  /** Leaves, withdraws the request or declines the invitation. */
  public String leave() {
    boolean wasMember = community.member();
    if (!refusals.attempt(() -> memberships.leaveCommunity(community.id()))) {
      return null;
    }
    messages.info(wasMember ? "community.left" : "community.withdrawn");
    try {
      reload();
      return null;
    } catch (NotFoundException e) {
      // A private community is gone from view once one is no longer invited or a member.
      messages.keepForRedirect();
      return "/communities/index?faces-redirect=true";
    }
  }

  private void reload() {
    show(communities.community(community.id()));
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CommunityView getCommunity() {
    return community;
  }

  public PagedDataModel<ThreadSummary> getThreads() {
    return threads;
  }

  public int getThreadsPerPage() {
    return THREADS_PER_PAGE;
  }
}
