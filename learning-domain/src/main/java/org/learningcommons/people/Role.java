package org.learningcommons.people;

/** Application roles. Directory groups map to them by configuration (see {@link RoleMapping}). */
public enum Role {
  STAFF,
  MANAGER,
  HR,
  ADMIN;

  /** Role names as the container sees them, for {@code @RolesAllowed} and web.xml. */
  public static final class Names {
    public static final String STAFF = "STAFF";
    public static final String MANAGER = "MANAGER";
    public static final String HR = "HR";
    public static final String ADMIN = "ADMIN";

    private Names() {}
  }
}
