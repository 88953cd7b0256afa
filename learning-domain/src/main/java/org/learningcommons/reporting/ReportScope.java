package org.learningcommons.reporting;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.learningcommons.people.Role;

/**
 * Whose figures a person may see in reports: HR and administrators see everyone; a manager sees the
 * people below them in the reporting line, at every level (not themselves); everybody else sees no
 * report at all.
 *
 * <p>The scope is applied inside every report's query ({@code ScopeSql}), never by hiding rows
 * afterwards.
 *
 * @param manager the root of the reporting line, or null when the scope is everyone
 */
public record ReportScope(String manager) {

  private static final ReportScope EVERYONE = new ReportScope(null);

  /** HR's and administrators' scope. */
  public static ReportScope everyone() {
    return EVERYONE;
  }

  /** Everyone below {@code manager}, at any depth. */
  public static ReportScope lineOf(String manager) {
    return new ReportScope(Objects.requireNonNull(manager, "manager"));
  }

  /**
   * The scope of a person with these roles, or empty when they may not see reports. HR and ADMIN
   * win over MANAGER: an HR manager sees everyone.
   */
  public static Optional<ReportScope> of(String username, Set<Role> roles) {
    if (roles.contains(Role.HR) || roles.contains(Role.ADMIN)) {
      return Optional.of(everyone());
    }
    if (roles.contains(Role.MANAGER)) {
      return Optional.of(lineOf(username));
    }
    return Optional.empty();
  }

  public boolean isEveryone() {
    return manager == null;
  }
}
