package org.learningcommons.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A person as the corporate directory describes them. Attribute values are whatever the directory
 * holds; {@code managerUsername} is resolved from the manager's DN and may be null; {@code
 * hireDate} is null unless the directory has one (LDAP_HIRE_DATE_ATTRIBUTE).
 */
public record DirectoryEntry(
    String username,
    String distinguishedName,
    String displayName,
    String email,
    String department,
    String title,
    String managerUsername,
    Set<String> groups,
    LocalDate hireDate) {

  /** An entry without a hire date. */
  public DirectoryEntry(
      String username,
      String distinguishedName,
      String displayName,
      String email,
      String department,
      String title,
      String managerUsername,
      Set<String> groups) {
    this(
        username,
        distinguishedName,
        displayName,
        email,
        department,
        title,
        managerUsername,
        groups,
        null);
  }

  public DirectoryEntry {
    username = Usernames.normalise(Objects.requireNonNull(username, "username"));
    Objects.requireNonNull(distinguishedName, "distinguishedName");
    displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
    managerUsername = managerUsername == null ? null : Usernames.normalise(managerUsername);
    groups = groups == null ? Set.of() : Set.copyOf(groups);
  }

  public DirectoryEntry withoutGroups() {
    return new DirectoryEntry(
        username,
        distinguishedName,
        displayName,
        email,
        department,
        title,
        managerUsername,
        Set.of(),
        hireDate);
  }
}
