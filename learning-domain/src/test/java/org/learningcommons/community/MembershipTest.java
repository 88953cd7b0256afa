package org.learningcommons.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipTest {

  private static final Instant T0 = Instant.parse("2025-11-01T09:00:00Z");
  private static final Instant T1 = Instant.parse("2025-11-02T09:00:00Z");

  private final Community community =
      new Community("Java", "", "Engineering", List.of(), Visibility.RESTRICTED, "mike", T0);

  @Test
  void theCreatorIsAnActiveOwner() {
    Membership owner = Membership.owner(community, "mike", T0);

    assertTrue(owner.isActive());
    assertEquals(CommunityRole.OWNER, owner.getRole());
  }

  @Test
  void anApprovedRequestBecomesAnActiveMembershipFromTheApproval() {
    Membership request = Membership.request(community, "alice", T0);
    assertFalse(request.isActive());

    request.activate(T1);

    assertTrue(request.isActive());
    assertEquals(MembershipStatus.ACTIVE, request.getStatus());
    assertEquals(T1, request.getSince());
  }

  @Test
  void anAcceptedInvitationRemembersWhoInvited() {
    Membership invitation = Membership.invitation(community, "alice", "mike", T0);
    assertEquals(MembershipStatus.INVITED, invitation.getStatus());

    invitation.activate(T1);

    assertTrue(invitation.isActive());
    assertEquals("mike", invitation.getInvitedBy());
  }

  @Test
  void activatingAnActiveMembershipKeepsItsStart() {
    Membership member = Membership.member(community, "alice", T0);

    member.activate(T1);

    assertEquals(T0, member.getSince());
  }

  @Test
  void onlyActiveMembersChangeRole() {
    Membership request = Membership.request(community, "alice", T0);
    Membership member = Membership.member(community, "bob", T0);

    assertThrows(IllegalStateException.class, () -> request.changeRole(CommunityRole.MODERATOR));
    member.changeRole(CommunityRole.MODERATOR);
    assertEquals(CommunityRole.MODERATOR, member.getRole());
  }

  @Test
  void theAccessOfAMembershipFollowsItsStatusAndRole() {
    CommunityAccess requested =
        community.accessFor(Membership.request(community, "alice", T0), false);
    CommunityAccess owner = community.accessFor(Membership.owner(community, "mike", T0), false);

    assertTrue(requested.hasRequested());
    assertFalse(requested.canRead());
    assertTrue(owner.canManage());
    assertFalse(owner.canLeave(), "an owner hands the community over first");
  }
}
