package org.learningcommons.people.api;

import java.time.Instant;
import java.util.Set;
import org.learningcommons.people.ProfileView;

/** A person's profile in the API. {@code roles} is only filled for the signed-in person. */
public record PersonDto(
    String username,
    String displayName,
    String email,
    String department,
    String title,
    PersonRefDto manager,
    boolean active,
    String bio,
    String skills,
    String interests,
    Instant lastSignInAt,
    Set<String> roles) {

  /** Another person, by name only. */
  public record PersonRefDto(String username, String displayName) {}

  static PersonDto of(ProfileView profile, Set<String> roles) {
    return new PersonDto(
        profile.username(),
        profile.displayName(),
        profile.email(),
        profile.department(),
        profile.title(),
        profile.managerUsername() == null
            ? null
            : new PersonRefDto(profile.managerUsername(), profile.managerName()),
        profile.active(),
        profile.bio(),
        profile.skills(),
        profile.interests(),
        profile.lastLoginAt(),
        roles);
  }
}
