package org.learningcommons.people;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Display names for a page's people in one query, so that no list looks names up per row. */
public final class DisplayNames {

  private DisplayNames() {}

  /** The display names of the given people; people unknown here are left out. */
  public static Map<String, String> of(EntityManager em, Collection<String> usernames) {
    Map<String, String> names = new HashMap<>();
    if (usernames.isEmpty()) {
      return names;
    }
    List<Object[]> rows =
        em.createQuery(
                "select s.username, s.displayName from StaffMember s where s.username in :names",
                Object[].class)
            .setParameter("names", List.copyOf(new HashSet<>(usernames)))
            .getResultList();
    for (Object[] row : rows) {
      names.put((String) row[0], (String) row[1]);
    }
    return names;
  }
}
