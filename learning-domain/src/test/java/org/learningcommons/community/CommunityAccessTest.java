package org.learningcommons.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every combination of visibility, archived, standing (none, requested, invited, member, moderator,
 * owner) and administrator, against the rules written out once more in plain terms.
 */
class CommunityAccessTest {

  /** A person's standing in a community: membership status and role, both null for outsiders. */
  enum Standing {
    OUTSIDER(null, null),
    REQUESTED(MembershipStatus.REQUESTED, CommunityRole.MEMBER),
    INVITED(MembershipStatus.INVITED, CommunityRole.MEMBER),
    MEMBER(MembershipStatus.ACTIVE, CommunityRole.MEMBER),
    MODERATOR(MembershipStatus.ACTIVE, CommunityRole.MODERATOR),
    OWNER(MembershipStatus.ACTIVE, CommunityRole.OWNER);

    final MembershipStatus status;
    final CommunityRole role;

    Standing(MembershipStatus status, CommunityRole role) {
      this.status = status;
      this.role = role;
    }

    boolean active() {
      return status == MembershipStatus.ACTIVE;
    }
  }

  static Stream<Arguments> everyCombination() {
    List<Arguments> all = new ArrayList<>();
    for (Visibility visibility : Visibility.values()) {
      for (boolean archived : new boolean[] {false, true}) {
        for (Standing standing : Standing.values()) {
          for (boolean admin : new boolean[] {false, true}) {
            all.add(Arguments.of(visibility, archived, standing, admin));
          }
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} archived={1} {2} admin={3}")
  @MethodSource("everyCombination")
  void eachRuleHoldsForEveryCombination(
      Visibility visibility, boolean archived, Standing standing, boolean admin) {
    CommunityAccess access =
        new CommunityAccess(visibility, archived, standing.status, standing.role, admin);

    assertEquals(
        visibility != Visibility.PRIVATE
            || standing.active()
            || standing == Standing.INVITED
            || admin,
        access.canSee(),
        "canSee");
    assertEquals(
        visibility == Visibility.OPEN || standing.active() || admin, access.canRead(), "canRead");
    assertEquals(standing.active() && !archived, access.canPost(), "canPost");
    assertEquals(
        !archived && standing == Standing.OUTSIDER && visibility == Visibility.OPEN,
        access.canJoinDirectly(),
        "canJoinDirectly");
    assertEquals(
        !archived && standing == Standing.OUTSIDER && visibility == Visibility.RESTRICTED,
        access.canRequestToJoin(),
        "canRequestToJoin");
    assertEquals(
        standing == Standing.MEMBER || standing == Standing.MODERATOR,
        access.canLeave(),
        "canLeave");
    assertEquals(
        standing == Standing.MODERATOR || standing == Standing.OWNER || admin,
        access.canModerate(),
        "canModerate");
    assertEquals(standing == Standing.OWNER || admin, access.canManage(), "canManage");
  }

  @Test
  void privateCommunityIsInvisibleToNonMembers() {
    CommunityAccess outsider = new CommunityAccess(Visibility.PRIVATE, false, null, null, false);

    assertFalse(outsider.canSee());
    assertFalse(outsider.canRead());
    assertFalse(outsider.canJoinDirectly());
    assertFalse(outsider.canRequestToJoin());
  }

  @Test
  void aPendingRequestGivesNoReadAccessToARestrictedCommunity() {
    CommunityAccess requested =
        new CommunityAccess(
            Visibility.RESTRICTED, false, MembershipStatus.REQUESTED, CommunityRole.MEMBER, false);

    assertTrue(requested.canSee());
    assertFalse(requested.canRead());
    assertFalse(requested.canPost());
    assertFalse(requested.canRequestToJoin(), "asking twice is not offered");
  }

  @Test
  void anArchivedCommunityIsReadOnlyEvenForItsOwner() {
    CommunityAccess owner =
        new CommunityAccess(
            Visibility.OPEN, true, MembershipStatus.ACTIVE, CommunityRole.OWNER, false);

    assertTrue(owner.canRead());
    assertFalse(owner.canPost());
    assertTrue(owner.canManage(), "the owner may still reopen it");
  }

  @Test
  void administratorsSeeAndModerateEverythingButPostOnlyAsMembers() {
    CommunityAccess admin = new CommunityAccess(Visibility.PRIVATE, false, null, null, true);

    assertTrue(admin.canSee());
    assertTrue(admin.canRead());
    assertTrue(admin.canModerate());
    assertTrue(admin.canManage());
    assertFalse(admin.canPost());
  }
}
