package org.learningcommons.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryReconciliationTest {

  private static final Instant FIRST = Instant.parse("2026-11-01T08:00:00Z");
  private static final Instant LATER = Instant.parse("2026-11-27T08:00:00Z");

  private static DirectoryEntry person(String uid, String department, String manager) {
    return new DirectoryEntry(
        uid,
        "uid=" + uid + ",ou=people,dc=example",
        uid.toUpperCase(),
        uid + "@example.org",
        department,
        "Engineer",
        manager,
        Set.of());
  }

  private static Map<String, StaffMember> known(DirectoryEntry... entries) {
    Map<String, StaffMember> byUsername = new HashMap<>();
    for (DirectoryEntry entry : entries) {
      byUsername.put(entry.username(), new StaffMember(entry, FIRST));
    }
    return byUsername;
  }

  @Test
  void newPeopleInTheDirectoryGetAProfile() {
    DirectoryReconciliation.Outcome outcome =
        DirectoryReconciliation.reconcile(
            new HashMap<>(), List.of(person("alice", "Engineering", "mike")), LATER);

    assertEquals(1, outcome.newcomers().size());
    StaffMember alice = outcome.newcomers().get(0);
    assertEquals("alice", alice.getUsername());
    assertEquals("Engineering", alice.getDepartment());
    assertEquals("mike", alice.getManagerUsername());
    assertTrue(alice.isActive());
  }

  @Test
  void aChangedDepartmentIsCopiedFromTheDirectory() {
    Map<String, StaffMember> existing = known(person("alice", "Engineering", "mike"));

    DirectoryReconciliation.Outcome outcome =
        DirectoryReconciliation.reconcile(
            existing, List.of(person("alice", "Sales", "sam")), LATER);

    assertEquals(1, outcome.updated());
    assertEquals("Sales", existing.get("alice").getDepartment());
    assertEquals("sam", existing.get("alice").getManagerUsername());
    assertEquals(LATER, existing.get("alice").getLastSyncedAt());
  }

  @Test
  void peopleWhoLeftTheDirectoryAreDeactivatedAndKept() {
    Map<String, StaffMember> existing =
        known(person("alice", "Engineering", null), person("bob", "Sales", null));

    DirectoryReconciliation.Outcome outcome =
        DirectoryReconciliation.reconcile(
            existing, List.of(person("alice", "Engineering", null)), LATER);

    assertEquals(1, outcome.deactivated());
    StaffMember bob = existing.get("bob");
    assertFalse(bob.isActive());
    assertEquals(LATER, bob.getDeactivatedAt());
    assertEquals("Sales", bob.getDepartment());
  }

  @Test
  void aReturningPersonIsReactivated() {
    Map<String, StaffMember> existing = known(person("bob", "Sales", null));
    existing.get("bob").deactivate(FIRST);

    DirectoryReconciliation.reconcile(existing, List.of(person("bob", "Sales", null)), LATER);

    assertTrue(existing.get("bob").isActive());
    assertNull(existing.get("bob").getDeactivatedAt());
  }

  @Test
  void unchangedPeopleAreCountedAsUnchanged() {
    Map<String, StaffMember> existing = known(person("alice", "Engineering", "mike"));

    DirectoryReconciliation.Outcome outcome =
        DirectoryReconciliation.reconcile(
            existing, List.of(person("alice", "Engineering", "mike")), LATER);

    assertEquals(1, outcome.unchanged());
    assertEquals(0, outcome.updated());
  }

  @Test
  void anEmptyDirectoryAnswerDeactivatesNobody() {
    Map<String, StaffMember> existing = known(person("alice", "Engineering", null));

    assertThrows(
        DirectoryReconciliation.EmptyDirectoryException.class,
        () -> DirectoryReconciliation.reconcile(existing, List.of(), LATER));
    assertTrue(existing.get("alice").isActive());
  }

  @Test
  void personalDetailsSurviveASync() {
    Map<String, StaffMember> existing = known(person("alice", "Engineering", null));
    existing.get("alice").describeSelf("Loves Java", "Java, SQL", "Cycling");

    DirectoryReconciliation.reconcile(existing, List.of(person("alice", "Sales", null)), LATER);

    assertEquals("Loves Java", existing.get("alice").getBio());
    assertEquals("Java, SQL", existing.get("alice").getSkills());
  }
}
