package org.learningcommons.community;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.notification.Notice;
import org.learningcommons.notification.NotificationCentre;
import org.learningcommons.notification.NotificationKind;
import org.learningcommons.people.Role;
import org.learningcommons.people.StaffMember;
import org.learningcommons.people.Usernames;
import org.learningcommons.shared.PageRequest;

/** Joining, leaving, requests, invitations and roles in a community. */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class Memberships {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Inject CommunityGate gate;
  @Inject AuditTrail audit;
  @Inject NotificationCentre notifications;

  /**
   * Joins an open community, or asks to join a restricted one (the moderators are notified), or
   * accepts an invitation. Joining twice changes nothing.
   *
   * @return the caller's status afterwards
   */
  public MembershipStatus joinCommunity(long communityId) {
    Guarded guarded = gate.communityForUpdate(communityId);
    Community community = guarded.community();
    CommunityAccess access = guarded.access();
    String me = gate.caller();
    Instant now = Instant.now();
    if (access.isMember() || access.hasRequested()) {
      return guarded.membership().getStatus();
    }
    if (community.isArchived()) {
      throw new NotPermittedException(
          "refusal.archivedNoJoin", "This community is archived: nobody joins it any more.");
    }
    if (access.isInvited()) {
      guarded.membership().activate(now);
      community.memberJoined();
      return MembershipStatus.ACTIVE;
    }
    if (access.canJoinDirectly()) {
      em.persist(Membership.member(community, me, now));
      community.memberJoined();
      return MembershipStatus.ACTIVE;
    }
    if (access.canRequestToJoin()) {
      em.persist(Membership.request(community, me, now));
      notifications.send(
          new Notice(
              NotificationKind.JOIN_REQUEST,
              me,
              moderatorsOf(communityId),
              community.getName(),
              "/communities/members.xhtml?id=" + communityId));
      return MembershipStatus.REQUESTED;
    }
    throw new NotPermittedException(
        "refusal.invitationOnly", "This community is by invitation only.");
  }

  /**
   * Leaves a community, withdraws a request or declines an invitation. An owner hands the community
   * over first.
   */
  public void leaveCommunity(long communityId) {
    Guarded guarded = gate.communityForUpdate(communityId);
    Membership membership = guarded.membership();
    if (membership == null) {
      return;
    }
    if (membership.isActive()) {
      if (membership.getRole() == CommunityRole.OWNER) {
        throw new NotPermittedException(
            "refusal.ownerMustTransfer",
            "You own this community: transfer the ownership to someone before you leave.");
      }
      guarded.community().memberLeft();
    }
    em.remove(membership);
  }

  /** Approves or declines a request to join; the person is told. */
  public void decideRequest(
      long communityId,
      @NotNull @Size(max = Usernames.MAX_LENGTH) String username,
      boolean approve) {
    Guarded guarded = gate.communityForUpdate(communityId).requireModerate();
    Membership request = membershipOf(communityId, username);
    if (request == null || request.getStatus() != MembershipStatus.REQUESTED) {
      throw new NotFoundException("request to join by", username);
    }
    Instant now = Instant.now();
    if (approve) {
      request.activate(now);
      guarded.community().memberJoined();
    } else {
      em.remove(request);
    }
    audit.record(
        new AuditEvent(
            now,
            gate.caller(),
            approve ? AuditAction.MEMBERSHIP_APPROVED : AuditAction.MEMBERSHIP_DECLINED,
            "community " + communityId,
            null,
            request.getUsername()));
    notifications.send(
        new Notice(
            NotificationKind.JOIN_DECISION,
            gate.caller(),
            List.of(request.getUsername()),
            guarded.community().getName() + (approve ? " (approved)" : " (declined)"),
            "/communities/community.xhtml?id=" + communityId));
  }

  /** Invites a colleague; a moderator's job, and the only way into a private community. */
  public void invite(long communityId, @NotNull @Size(max = Usernames.MAX_LENGTH) String username) {
    Guarded guarded = gate.community(communityId).requireModerate();
    if (guarded.community().isArchived()) {
      throw new NotPermittedException(
          "refusal.archivedNoJoin", "This community is archived: nobody joins it any more.");
    }
    StaffMember invitee = activeStaff(username);
    Membership existing = membershipOf(communityId, invitee.getUsername());
    Instant now = Instant.now();
    if (existing != null) {
      if (existing.getStatus() == MembershipStatus.REQUESTED) {
        decideRequest(communityId, invitee.getUsername(), true);
      }
      return;
    }
    em.persist(
        Membership.invitation(guarded.community(), invitee.getUsername(), gate.caller(), now));
    audit.record(
        new AuditEvent(
            now,
            gate.caller(),
            AuditAction.MEMBER_INVITED,
            "community " + communityId,
            null,
            invitee.getUsername()));
    notifications.send(
        new Notice(
            NotificationKind.INVITATION,
            gate.caller(),
            List.of(invitee.getUsername()),
            guarded.community().getName(),
            "/communities/community.xhtml?id=" + communityId));
  }

  /** Removes a member, a request or an invitation (moderators; the owner stays). */
  public void removeMember(
      long communityId,
      @NotNull @Size(max = Usernames.MAX_LENGTH) String username,
      @Size(max = 500) String reason) {
    Guarded guarded = gate.communityForUpdate(communityId).requireModerate();
    Membership membership = membershipOf(communityId, username);
    if (membership == null) {
      throw new NotFoundException("member", username);
    }
    if (membership.getRole() == CommunityRole.OWNER && membership.isActive()) {
      throw new NotPermittedException(
          "refusal.ownerNotRemovable",
          "The owner cannot be removed; transfer the ownership first.");
    }
    if (membership.getRole() == CommunityRole.MODERATOR && !guarded.access().canManage()) {
      throw new NotPermittedException(
          "refusal.ownerRemovesModerators", "Only the owner removes a moderator.");
    }
    if (membership.isActive()) {
      guarded.community().memberLeft();
    }
    em.remove(membership);
    audit.record(
        new AuditEvent(
            Instant.now(),
            gate.caller(),
            AuditAction.MEMBER_REMOVED,
            "community " + communityId,
            null,
            membership.getUsername() + (reason == null ? "" : ": " + reason)));
  }

  /** Makes a member a moderator, or a moderator a member again (owner). */
  public void changeRole(
      long communityId,
      @NotNull @Size(max = Usernames.MAX_LENGTH) String username,
      @NotNull CommunityRole role) {
    gate.community(communityId).requireManage();
    if (role == CommunityRole.OWNER) {
      throw new NotPermittedException(
          "refusal.useTransfer", "Use 'transfer ownership' to make someone the owner.");
    }
    Membership membership = activeMember(communityId, username);
    if (membership.getRole() == CommunityRole.OWNER) {
      throw new NotPermittedException(
          "refusal.ownerRoleByTransfer",
          "The owner's role changes only by a transfer of ownership.");
    }
    if (membership.getRole() == role) {
      return;
    }
    membership.changeRole(role);
    audit.record(
        new AuditEvent(
            Instant.now(),
            gate.caller(),
            AuditAction.MEMBER_ROLE_CHANGED,
            "community " + communityId,
            null,
            membership.getUsername() + " -> " + role));
  }

  /** Hands the community to another member; the previous owner stays as a moderator. */
  public void transferOwnership(
      long communityId, @NotNull @Size(max = Usernames.MAX_LENGTH) String username) {
    gate.community(communityId).requireManage();
    Membership successor = activeMember(communityId, username);
    if (successor.getRole() == CommunityRole.OWNER) {
      return;
    }
    for (Membership owner :
        em.createQuery(
                "select m from Membership m where m.community.id = :id and m.role = :owner",
                Membership.class)
            .setParameter("id", communityId)
            .setParameter("owner", CommunityRole.OWNER)
            .getResultList()) {
      owner.changeRole(CommunityRole.MODERATOR);
    }
    successor.changeRole(CommunityRole.OWNER);
    audit.record(
        new AuditEvent(
            Instant.now(),
            gate.caller(),
            AuditAction.OWNERSHIP_TRANSFERRED,
            "community " + communityId,
            null,
            successor.getUsername()));
  }

  /** Members by role (owner, moderators, members), then name; or the pending people. */
  public long countMembers(long communityId, @NotNull MembershipStatus status) {
    requireListable(communityId, status);
    return em.createQuery(
            "select count(m) from Membership m where m.community.id = :id and m.status = :status",
            Long.class)
        .setParameter("id", communityId)
        .setParameter("status", status)
        .getSingleResult();
  }

  public List<MemberView> listMembers(
      long communityId, @NotNull MembershipStatus status, @NotNull PageRequest page) {
    requireListable(communityId, status);
    return em.createQuery(
            "select new org.learningcommons.community.MemberView(m.username, s.displayName,"
                + " s.department, m.role, m.status, m.since)"
                + " from Membership m, StaffMember s where s.username = m.username"
                + " and m.community.id = :id and m.status = :status"
                + " order by m.role, lower(s.displayName), m.id",
            MemberView.class)
        .setParameter("id", communityId)
        .setParameter("status", status)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  /**
   * Members of open communities are public; other lists are for members, pending for moderators.
   */
  private void requireListable(long communityId, MembershipStatus status) {
    Guarded guarded = gate.community(communityId);
    if (status == MembershipStatus.ACTIVE) {
      guarded.requireRead();
    } else {
      guarded.requireModerate();
    }
  }

  private List<String> moderatorsOf(long communityId) {
    return em.createQuery(
            "select m.username from Membership m where m.community.id = :id"
                + " and m.status = :active and m.role in :roles",
            String.class)
        .setParameter("id", communityId)
        .setParameter("active", MembershipStatus.ACTIVE)
        .setParameter("roles", List.of(CommunityRole.OWNER, CommunityRole.MODERATOR))
        .getResultList();
  }

  private Membership membershipOf(long communityId, String username) {
    return em.createQuery(
            "select m from Membership m where m.community.id = :id and m.username = :username",
            Membership.class)
        .setParameter("id", communityId)
        .setParameter("username", Usernames.normalise(username))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Membership activeMember(long communityId, String username) {
    Membership membership = membershipOf(communityId, username);
    if (membership == null || !membership.isActive()) {
      throw new NotFoundException("member", username);
    }
    return membership;
  }

  private StaffMember activeStaff(String username) {
    return em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
        .setParameter("username", Usernames.normalise(username))
        .getResultStream()
        .filter(StaffMember::isActive)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("colleague", username));
  }
}
