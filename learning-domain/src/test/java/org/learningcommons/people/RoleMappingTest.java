package org.learningcommons.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

  private static RoleMapping mapping(String staff, String manager, String hr, String admin) {
    Map<Role, String> values = new EnumMap<>(Role.class);
    values.put(Role.STAFF, staff);
    values.put(Role.MANAGER, manager);
    values.put(Role.HR, hr);
    values.put(Role.ADMIN, admin);
    return RoleMapping.fromConfiguration(values);
  }

  @Test
  void activeDirectoryGroupDnMapsIgnoringCaseAndSpaces() {
    RoleMapping mapping = mapping("", "", "CN=LC-HR,OU=Groups,DC=corp,DC=example", "");

    Set<Role> roles = mapping.rolesFor(List.of("cn=lc-hr, ou=groups, dc=corp, dc=example"));

    assertEquals(Set.of(Role.HR), roles);
  }

  @Test
  void groupCanBeNamedByCommonNameAlone() {
    RoleMapping mapping = mapping("", "LC-Managers", "", "");

    assertEquals(
        Set.of(Role.MANAGER),
        mapping.rolesFor(List.of("CN=LC-Managers,OU=Groups,DC=corp,DC=example")));
  }

  @Test
  void severalGroupsPerRoleSeparatedBySemicolons() {
    RoleMapping mapping = mapping("", "", "", "LC-Admins; CN=Domain Admins,CN=Users,DC=corp");

    assertEquals(
        Set.of(Role.ADMIN), mapping.rolesFor(List.of("CN=Domain Admins,CN=Users,DC=corp")));
    assertEquals(Set.of(Role.ADMIN), mapping.rolesFor(List.of("cn=lc-admins,ou=groups")));
  }

  @Test
  void starGrantsTheRoleToEverybodyTheDirectoryAuthenticates() {
    RoleMapping mapping = mapping("*", "", "", "");

    assertEquals(Set.of(Role.STAFF), mapping.rolesFor(List.of()));
  }

  @Test
  void unrelatedGroupsGrantNothing() {
    RoleMapping mapping = mapping("LC-Staff", "LC-Managers", "LC-HR", "LC-Admins");

    assertEquals(Set.of(), mapping.rolesFor(List.of("CN=Printers,OU=Groups", "CN=LC-HR-Archive")));
  }

  @Test
  void aGroupNamedLikeAnotherGroupsDnPrefixDoesNotMatch() {
    RoleMapping mapping = mapping("", "", "CN=LC-HR,OU=Groups,DC=corp", "");

    assertEquals(Set.of(), mapping.rolesFor(List.of("CN=LC-HR,OU=Groups,DC=other")));
  }
}
