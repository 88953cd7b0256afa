package org.learningcommons.community.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningcommons.community.Communities;
import org.learningcommons.community.CommunityRole;
import org.learningcommons.community.CommunityView;
import org.learningcommons.community.MemberView;
import org.learningcommons.community.MembershipStatus;
import org.learningcommons.community.Memberships;
import org.learningcommons.infrastructure.web.Messages;
import org.learningcommons.infrastructure.web.PagedDataModel;
import org.learningcommons.people.ProfileService;
import org.learningcommons.people.StaffSearch;
import org.learningcommons.people.StaffSummary;
import org.learningcommons.shared.PageRequest;

/**
 * A community's people ({@code /communities/members.xhtml?id=N}): the members with their roles for
 * everyone who may read the community; requests, invitations and member management for its
 * moderators; roles and ownership for its owner.
 */
@Named
@ViewScoped
public class MembersView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SUGGESTIONS = 8;

  @EJB Communities communities;
  @EJB Memberships memberships;
  @EJB ProfileService profiles;
  @Inject Refusals refusals;
  @Inject Messages messages;

  private String id;
  private CommunityView community;
  private PagedDataModel<MemberView> members;
  private PagedDataModel<MemberView> requests;
  private PagedDataModel<MemberView> invitations;
  private String invitee;
  private MemberView chosen;
  private String reason;

  public void load() {
    community = refusals.community(id);
    if (community == null) {
      return;
    }
    long communityId = community.id();
    if (!community.canRead()) {
      refusals.forbidden();
      return;
    }
    members =
        new PagedDataModel<>(
            () -> memberships.countMembers(communityId, MembershipStatus.ACTIVE),
            page -> memberships.listMembers(communityId, MembershipStatus.ACTIVE, page));
    loadPending();
  }

  private void loadPending() {
    if (community.canModerate()) {
      requests = pending(community.id(), MembershipStatus.REQUESTED);
      invitations = pending(community.id(), MembershipStatus.INVITED);
    }
  }

  private PagedDataModel<MemberView> pending(long communityId, MembershipStatus status) {
    return new PagedDataModel<>(
        () -> memberships.countMembers(communityId, status),
        page -> memberships.listMembers(communityId, status, page));
  }

  private void refresh() {
    community = communities.community(community.id());
    loadPending();
  }

  public void decide(String username, boolean approve) {
    if (refusals.attempt(() -> memberships.decideRequest(community.id(), username, approve))) {
      messages.info(approve ? "community.members.approved" : "community.members.declined");
    }
    refresh();
  }

  public List<StaffSummary> completeColleague(String query) {
    return profiles.listStaff(new StaffSearch(query, null, null), new PageRequest(0, SUGGESTIONS));
  }

  public void invite() {
    if (invitee == null || invitee.isBlank()) {
      messages.error("community.members.chooseColleague");
      return;
    }
    if (refusals.attempt(() -> memberships.invite(community.id(), invitee))) {
      messages.info("community.members.invited");
      invitee = null;
    }
    refresh();
  }

  /** Chooses the member a dialog (remove, transfer) is about. */
  public void choose(MemberView member) {
    chosen = member;
    reason = null;
  }

  public void remove() {
    if (refusals.attempt(
        () -> memberships.removeMember(community.id(), chosen.username(), reason))) {
      messages.info("community.members.removed");
    }
    refresh();
  }

  /** Withdraws an invitation (the same use case as removing a member). */
  public void withdraw(String username) {
    if (refusals.attempt(() -> memberships.removeMember(community.id(), username, null))) {
      messages.info("community.members.withdrawn");
    }
    refresh();
  }

  public void changeRole(String username, CommunityRole role) {
    if (refusals.attempt(() -> memberships.changeRole(community.id(), username, role))) {
      messages.info("community.members.roleChanged");
    }
    refresh();
  }

  public void transfer() {
    if (refusals.attempt(() -> memberships.transferOwnership(community.id(), chosen.username()))) {
      messages.info("community.transferred");
    }
    refresh();
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

  public PagedDataModel<MemberView> getMembers() {
    return members;
  }

  public PagedDataModel<MemberView> getRequests() {
    return requests;
  }

  public PagedDataModel<MemberView> getInvitations() {
    return invitations;
  }

  public String getInvitee() {
    return invitee;
  }

  public void setInvitee(String invitee) {
    this.invitee = invitee;
  }

  public MemberView getChosen() {
    return chosen;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
