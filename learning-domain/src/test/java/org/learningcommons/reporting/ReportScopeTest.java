package org.learningcommons.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningcommons.people.Role;

class ReportScopeTest {

  @Test
  void hrAndAdministratorsSeeEveryone() {
    assertTrue(ReportScope.of("hannah", Set.of(Role.STAFF, Role.HR)).orElseThrow().isEveryone());
    assertTrue(ReportScope.of("adam", Set.of(Role.STAFF, Role.ADMIN)).orElseThrow().isEveryone());
  }

  @Test
  void aManagerSeesTheirOwnLine() {
    ReportScope scope = ReportScope.of("mike", Set.of(Role.STAFF, Role.MANAGER)).orElseThrow();
    assertFalse(scope.isEveryone());
    assertEquals("mike", scope.manager());
  }

  @Test
  void anHrManagerSeesEveryoneNotOnlyTheirLine() {
    assertTrue(
        ReportScope.of("helen", EnumSet.of(Role.MANAGER, Role.HR)).orElseThrow().isEveryone());
  }

  @Test
  void plainStaffAndPeopleWithoutRolesSeeNoReport() {
    assertTrue(ReportScope.of("alice", Set.of(Role.STAFF)).isEmpty());
    assertTrue(ReportScope.of("nobody", Set.of()).isEmpty());
  }
}
