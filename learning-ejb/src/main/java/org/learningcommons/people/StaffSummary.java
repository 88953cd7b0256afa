package org.learningcommons.people;

import java.io.Serializable;

/** One row of the staff directory. */
public record StaffSummary(
    String username, String displayName, String department, String title, String email)
    implements Serializable {

  static StaffSummary of(StaffMember member) {
    return new StaffSummary(
        member.getUsername(),
        member.getDisplayName(),
        member.getDepartment(),
        member.getTitle(),
        member.getEmail());
  }
}
