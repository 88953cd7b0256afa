package org.learningcommons.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SignInServiceRolesTest {

  @Test
  void managersHrAndAdministratorsAreStaffToo() {
    assertEquals(
        Set.of(Role.MANAGER, Role.STAFF), SignInService.withImpliedStaff(Set.of(Role.MANAGER)));
    assertEquals(
        Set.of(Role.ADMIN, Role.HR, Role.STAFF),
        SignInService.withImpliedStaff(Set.of(Role.ADMIN, Role.HR)));
  }

  @Test
  void nobodyBecomesStaffWithoutAnyMappedGroup() {
    assertEquals(Set.of(), SignInService.withImpliedStaff(Set.of()));
  }
}
