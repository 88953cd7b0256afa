package org.learningcommons.feed;

import java.util.Set;
import org.learningcommons.people.Role;

/** Who a feed token stands for, and the roles recorded at their last sign-in. */
public record FeedCaller(String username, Set<Role> roles) {

  public FeedCaller {
    roles = Set.copyOf(roles);
  }
}
