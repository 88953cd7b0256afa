package org.learningcommons.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningcommons.people.Role;

class AudienceTest {

  /** Erin works in Finance for Carol, who reports to Bob, who reports to the CEO Alice. */
  private final AudienceMember erin =
      new AudienceMember(
          "erin", "Finance", Set.of(Role.STAFF), Set.of(7L), List.of("carol", "bob", "alice"));

  private final AudienceMember alice =
      new AudienceMember("alice", "Board", Set.of(Role.STAFF, Role.MANAGER), Set.of(), List.of());

  private static Audience audience(
      Set<String> departments, Set<Role> roles, Set<Long> communities, Set<String> managers) {
    return new Audience(false, departments, roles, communities, managers);
  }

  @Test
  void everyoneIncludesEveryMemberOfStaff() {
    assertTrue(Audience.allStaff().includes(erin));
    assertTrue(Audience.allStaff().includes(alice));
  }

  @Test
  void aDepartmentIncludesThePeopleWhoWorkInIt() {
    Audience finance = audience(Set.of("Finance"), Set.of(), Set.of(), Set.of());

    assertTrue(finance.includes(erin));
    assertFalse(finance.includes(alice));
  }

  @Test
  void aPersonWithoutDepartmentIsNotInAnyDepartment() {
    AudienceMember newcomer =
        new AudienceMember("nina", null, Set.of(Role.STAFF), Set.of(), List.of());

    assertFalse(audience(Set.of("Finance"), Set.of(), Set.of(), Set.of()).includes(newcomer));
  }

  @Test
  void aRoleIncludesThePeopleWhoHoldIt() {
    Audience managers = audience(Set.of(), Set.of(Role.MANAGER), Set.of(), Set.of());

    assertTrue(managers.includes(alice));
    assertFalse(managers.includes(erin));
  }

  @Test
  void aCommunityIncludesItsActiveMembers() {
    Audience community = Audience.ofCommunities(Set.of(7L));

    assertTrue(community.includes(erin));
    assertFalse(community.includes(alice));
  }

  @Test
  void aReportingLineIncludesDirectReports() {
    assertTrue(audience(Set.of(), Set.of(), Set.of(), Set.of("carol")).includes(erin));
  }

  @Test
  void aReportingLineIncludesPeopleSeveralLevelsBelowTheManager() {
    assertTrue(audience(Set.of(), Set.of(), Set.of(), Set.of("bob")).includes(erin));
    assertTrue(audience(Set.of(), Set.of(), Set.of(), Set.of("alice")).includes(erin));
  }

  @Test
  void aReportingLineDoesNotIncludeTheManagerOrPeopleOutsideIt() {
    Audience alicesOrganisation = audience(Set.of(), Set.of(), Set.of(), Set.of("alice"));
    AudienceMember elsewhere =
        new AudienceMember("sam", "Finance", Set.of(Role.STAFF), Set.of(), List.of("zoe"));

    assertFalse(alicesOrganisation.includes(alice));
    assertFalse(alicesOrganisation.includes(elsewhere));
  }

  @Test
  void managerNamesMatchRegardlessOfCase() {
    assertTrue(audience(Set.of(), Set.of(), Set.of(), Set.of(" Bob ")).includes(erin));
  }

  @Test
  void combinedCriteriaIncludeWhoeverMatchesAnyOfThem() {
    Audience financeOrManagers =
        audience(Set.of("Finance"), Set.of(Role.MANAGER), Set.of(), Set.of());
    AudienceMember outsider =
        new AudienceMember("olga", "Sales", Set.of(Role.STAFF), Set.of(9L), List.of("zoe"));

    assertTrue(financeOrManagers.includes(erin));
    assertTrue(financeOrManagers.includes(alice));
    assertFalse(financeOrManagers.includes(outsider));
  }

  @Test
  void everyoneMakesTheOtherCriteriaRedundant() {
    Audience audience =
        new Audience(true, Set.of("Finance"), Set.of(Role.HR), Set.of(7L), Set.of());

    assertEquals(Audience.allStaff(), audience);
  }

  @Test
  void anAudienceThatChoosesNobodyIsRefused() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> audience(Set.of(), Set.of(), Set.of(), Set.of()));

    assertTrue(refused.getMessage().contains("at least one"));
  }

  @Test
  void aBlankDepartmentIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> audience(Set.of(" "), Set.of(), Set.of(), Set.of()));
  }

  @Test
  void hrAndAdministratorsPublishToAnyAudience() {
    Publisher hr = new Publisher("hanna", Set.of(Role.STAFF, Role.HR), Set.of());
    Publisher admin = new Publisher("adam", Set.of(Role.ADMIN), Set.of());
    Audience finance = audience(Set.of("Finance"), Set.of(), Set.of(), Set.of());

    assertTrue(Audience.allStaff().publishableBy(hr));
    assertTrue(finance.publishableBy(admin));
    assertTrue(Audience.ofCommunities(Set.of(7L)).publishableBy(hr));
  }

  @Test
  void aModeratorPublishesToTheCommunitiesTheyModerate() {
    Publisher moderator = new Publisher("mo", Set.of(Role.STAFF), Set.of(7L, 8L));

    assertTrue(Audience.ofCommunities(Set.of(7L)).publishableBy(moderator));
    assertTrue(Audience.ofCommunities(Set.of(7L, 8L)).publishableBy(moderator));
  }

  @Test
  void aModeratorDoesNotPublishToOtherCommunities() {
    Publisher moderator = new Publisher("mo", Set.of(Role.STAFF), Set.of(7L));

    assertFalse(Audience.ofCommunities(Set.of(7L, 9L)).publishableBy(moderator));
  }

  @Test
  void aModeratorDoesNotReachBeyondCommunities() {
    Publisher moderator = new Publisher("mo", Set.of(Role.STAFF, Role.MANAGER), Set.of(7L));

    assertFalse(Audience.allStaff().publishableBy(moderator));
    assertFalse(
        audience(Set.of("Finance"), Set.of(), Set.of(7L), Set.of()).publishableBy(moderator));
    assertFalse(
        audience(Set.of(), Set.of(Role.STAFF), Set.of(7L), Set.of()).publishableBy(moderator));
    assertFalse(audience(Set.of(), Set.of(), Set.of(7L), Set.of("mo")).publishableBy(moderator));
  }

  @Test
  void staffAndManagersWhoModerateNothingPublishNothing() {
    Publisher manager = new Publisher("mia", Set.of(Role.STAFF, Role.MANAGER), Set.of());

    assertFalse(Audience.ofCommunities(Set.of(7L)).publishableBy(manager));
    assertFalse(audience(Set.of(), Set.of(), Set.of(), Set.of("mia")).publishableBy(manager));
  }
}
