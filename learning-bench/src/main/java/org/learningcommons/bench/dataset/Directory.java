package org.learningcommons.bench.dataset;

/**
 * The directory tree the generated LDIF describes. It has the demo directory's shape (base DN,
 * groups, service account), so the demo directory and the application's settings for it work
 * unchanged with a generated dataset.
 */
public final class Directory {

  public static final String BASE_DN = "dc=learningcommons,dc=example";
  public static final String PEOPLE_DN = "ou=people," + BASE_DN;
  public static final String GROUPS_DN = "ou=groups," + BASE_DN;
  public static final String SERVICES_DN = "ou=services," + BASE_DN;
  public static final String SERVICE_DN = "cn=learning-commons," + SERVICES_DN;
  public static final String SERVICE_PASSWORD = "demo-service";

  /** Everybody's password. */
  public static final String PERSON_PASSWORD = "demo";

  public static final String MAIL_DOMAIN = "bench.learningcommons.example";

  public static final String STAFF_GROUP = "LC-Staff";
  public static final String MANAGER_GROUP = "LC-Managers";
  public static final String HR_GROUP = "LC-HR";
  public static final String ADMIN_GROUP = "LC-Admins";

  private Directory() {}

  public static String personDn(String username) {
    return "uid=" + username + "," + PEOPLE_DN;
  }

  public static String groupDn(String group) {
    return "cn=" + group + "," + GROUPS_DN;
  }
}
