package org.learningcommons.people;

import java.io.Serializable;
import java.time.Instant;

/** A person's profile as pages and the API show it. */
public record ProfileView(
    String username,
    String displayName,
    String email,
    String department,
    String title,
    String managerUsername,
    String managerName,
    boolean active,
    String bio,
    String skills,
    String interests,
    Instant lastLoginAt,
    Instant lastSyncedAt,
    long version)
    implements Serializable {

  static ProfileView of(StaffMember member, StaffMember manager) {
    return new ProfileView(
        member.getUsername(),
        member.getDisplayName(),
        member.getEmail(),
        member.getDepartment(),
        member.getTitle(),
        member.getManagerUsername(),
        manager == null ? null : manager.getDisplayName(),
        member.isActive(),
        member.getBio(),
        member.getSkills(),
        member.getInterests(),
        member.getLastLoginAt(),
        member.getLastSyncedAt(),
        member.getVersion());
  }
}
