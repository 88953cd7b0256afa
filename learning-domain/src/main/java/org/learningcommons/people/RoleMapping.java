package org.learningcommons.people;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps directory groups to application roles. Each role lists the groups that grant it, by full DN
 * ({@code CN=LC-HR,OU=Groups,DC=corp,DC=example}) or by common name ({@code LC-HR}); comparison
 * ignores case and the spaces a DN may carry around its separators. The entry {@code *} grants the
 * role to everybody the directory authenticates.
 */
public final class RoleMapping {

  public static final String EVERYONE = "*";

  private static final Pattern SPACES_AROUND_SEPARATORS = Pattern.compile("\\s*([,=+])\\s*");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[;|\\n]");

  private final Map<Role, Set<String>> groupsByRole;

  private RoleMapping(Map<Role, Set<String>> groupsByRole) {
    this.groupsByRole = groupsByRole;
  }

  /**
   * Builds a mapping from one configuration value per role: group names separated by {@code ;}.
   * Roles without a value are granted to nobody.
   */
  public static RoleMapping fromConfiguration(Map<Role, String> valuesByRole) {
    Map<Role, Set<String>> mapping = new EnumMap<>(Role.class);
    valuesByRole.forEach(
        (role, value) -> {
          Set<String> groups = new HashSet<>();
          if (value != null) {
            for (String part : LIST_SEPARATOR.split(value)) {
              if (!part.isBlank()) {
                groups.add(canonical(part));
              }
            }
          }
          mapping.put(role, Set.copyOf(groups));
        });
    return new RoleMapping(mapping);
  }

  /** The roles granted to a person who belongs to the given directory groups (DNs or names). */
  public Set<Role> rolesFor(Collection<String> directoryGroups) {
    Set<String> held = new HashSet<>();
    for (String group : directoryGroups) {
      String dn = canonical(group);
      held.add(dn);
      held.add(commonName(dn));
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    groupsByRole.forEach(
        (role, groups) -> {
          if (groups.contains(EVERYONE) || groups.stream().anyMatch(held::contains)) {
            roles.add(role);
          }
        });
    return roles;
  }

  private static String canonical(String group) {
    return SPACES_AROUND_SEPARATORS
        .matcher(group.strip())
        .replaceAll("$1")
        .toLowerCase(Locale.ROOT);
  }

  /** The value of the first RDN of a DN ({@code lc-hr} for {@code cn=lc-hr,ou=groups}). */
  private static String commonName(String canonicalDn) {
    int equals = canonicalDn.indexOf('=');
    if (equals < 0) {
      return canonicalDn;
    }
    int end = canonicalDn.indexOf(',', equals);
    return canonicalDn.substring(equals + 1, end < 0 ? canonicalDn.length() : end);
  }
}
