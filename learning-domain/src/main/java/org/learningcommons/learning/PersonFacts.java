package org.learningcommons.learning;

import java.util.Set;

/**
 * What an assignment rule matches a person on, as the directory sync and sign-in recorded it.
 *
 * @param groups the directory groups, by DN and by name
 */
public record PersonFacts(
    String department, String title, Set<String> roles, Set<String> groups, boolean active) {

  public PersonFacts {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    groups = groups == null ? Set.of() : Set.copyOf(groups);
  }
}
