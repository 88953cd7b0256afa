package org.learningcommons.demo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo corporate directory: an in-memory LDAP server loaded from {@code demo-directory.ldif},
 * used by the one-command demo run and by the integration tests. Never part of the production WAR.
 */
public final class DemoDirectory implements AutoCloseable {

  public static final String BASE_DN = "dc=learningcommons,dc=example";
  public static final String PEOPLE_DN = "ou=people," + BASE_DN;
  public static final String GROUPS_DN = "ou=groups," + BASE_DN;
  public static final String SERVICE_DN = "cn=learning-commons,ou=services," + BASE_DN;
  public static final String SERVICE_PASSWORD = "demo-service";
  public static final String PERSON_PASSWORD = "demo";
  public static final String STAFF_GROUP_DN = "cn=LC-Staff," + GROUPS_DN;

  private static final String LDIF = "demo-directory.ldif";

  private final InMemoryDirectoryServer server;

  private DemoDirectory(InMemoryDirectoryServer server) {
    this.server = server;
  }

  /** Starts the demo directory on 127.0.0.1; port 0 picks any free port. */
  public static DemoDirectory start(int port) {
    return start(port, null);
  }

  /**
   * Starts a directory on 127.0.0.1 loaded from {@code ldif} (same base DN, groups and service
   * account as the demo directory, e.g. a benchmark dataset), or from the demo LDIF when null.
   */
  /**
   * The hire date is not in the standard schema (AD and HR feeds use attributes of their own): an
   * auxiliary class adds {@code employeeHireDate} (generalized time) to some demo people.
   */
  private static final Schema EMPLOYMENT =
      new Schema(
          new Entry(
              "cn=schema",
              new Attribute(
                  "attributeTypes",
                  "( 1.3.6.1.4.1.32473.1.1.1 NAME 'employeeHireDate' DESC 'Date of hire'"
                      + " EQUALITY generalizedTimeMatch ORDERING generalizedTimeOrderingMatch"
                      + " SYNTAX 1.3.6.1.4.1.1466.115.121.1.24 SINGLE-VALUE )"),
              new Attribute(
                  "objectClasses",
                  "( 1.3.6.1.4.1.32473.1.2.1 NAME 'lcEmployee' DESC 'Employment facts'"
                      + " SUP top AUXILIARY MAY employeeHireDate )")));

  public static DemoDirectory start(int port, Path ldif) {
    try {
      InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
      // The standard schema defines inetOrgPerson (displayName, departmentNumber, manager) and
      // groupOfNames; enforcing it keeps the LDIF honest about what a real directory would accept.
      config.setSchema(Schema.mergeSchemas(Schema.getDefaultStandardSchema(), EMPLOYMENT));
      config.setListenerConfigs(
          InMemoryListenerConfig.createLDAPConfig(
              "ldap", InetAddress.getByName("127.0.0.1"), port, null));
      InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
      try (InputStream in =
          ldif == null
              ? DemoDirectory.class.getResourceAsStream(LDIF)
              : Files.newInputStream(ldif)) {
        if (in == null) {
          throw new IllegalStateException(LDIF + " is not on the classpath");
        }
        server.importFromLDIF(true, new LDIFReader(in));
      }
      server.startListening();
      return new DemoDirectory(server);
    } catch (LDAPException e) {
      throw new IllegalStateException("Cannot start the demo directory: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return server.getListenPort();
  }

  public String url() {
    return "ldap://127.0.0.1:" + port();
  }

  public String personDn(String uid) {
    return "uid=" + uid + "," + PEOPLE_DN;
  }

  /**
   * The settings the application needs to use this directory, named like its environment variables.
   * The role groups are written in different forms on purpose: the application must accept a full
   * DN (any case and spacing) as well as a bare CN.
   */
  public Map<String, String> applicationSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("LDAP_URL", url());
    settings.put("LDAP_BIND_DN", SERVICE_DN);
    settings.put("LDAP_BIND_PASSWORD", SERVICE_PASSWORD);
    settings.put("LDAP_USER_BASE_DN", PEOPLE_DN);
    settings.put("LDAP_GROUP_BASE_DN", GROUPS_DN);
    settings.put("LDAP_HIRE_DATE_ATTRIBUTE", "employeeHireDate");
    settings.put("ROLE_STAFF_GROUPS", STAFF_GROUP_DN);
    settings.put("ROLE_MANAGER_GROUPS", "LC-Managers");
    settings.put("ROLE_HR_GROUPS", "LC-HR");
    settings.put("ROLE_ADMIN_GROUPS", "CN=LC-Admins, OU=Groups, DC=learningcommons, DC=example");
    return settings;
  }

  /** Replaces one attribute of a person; a null value removes the attribute. */
  public void replace(String uid, String attribute, String value) {
    Modification modification =
        value == null
            ? new Modification(ModificationType.REPLACE, attribute)
            : new Modification(ModificationType.REPLACE, attribute, value);
    run(() -> server.modify(personDn(uid), modification));
  }

  /** Records a person's hire date ({@code employeeHireDate}, generalized time, UTC midnight). */
  public void hiredOn(String uid, LocalDate date) {
    run(
        () ->
            server.modify(
                personDn(uid),
                new Modification(ModificationType.ADD, "objectClass", "lcEmployee"),
                new Modification(
                    ModificationType.REPLACE,
                    "employeeHireDate",
                    date.format(DateTimeFormatter.BASIC_ISO_DATE) + "000000Z")));
  }

  /** Deletes a person and takes them out of every group, as a directory admin would. */
  public void remove(String uid) {
    String dn = personDn(uid);
    run(
        () -> {
          for (SearchResultEntry group :
              server
                  .search(GROUPS_DN, SearchScope.SUB, Filter.createEqualityFilter("member", dn))
                  .getSearchEntries()) {
            // groupOfNames needs at least one member, so a group left empty goes away entirely.
            if (group.getAttributeValues("member").length == 1) {
              server.delete(group.getDN());
            } else {
              server.modify(group.getDN(), new Modification(ModificationType.DELETE, "member", dn));
            }
          }
          server.delete(dn);
        });
  }

  /** Adds a person (password {@code demo}) to the directory and to LC-Staff. */
  public void addPerson(
      String uid, String displayName, String department, String title, String managerUid) {
    int space = displayName.indexOf(' ');
    String givenName = space < 0 ? displayName : displayName.substring(0, space);
    String surname = space < 0 ? displayName : displayName.substring(space + 1);
    Entry entry = new Entry(personDn(uid));
    entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson");
    entry.addAttribute("uid", uid);
    entry.addAttribute("cn", displayName);
    entry.addAttribute("sn", surname);
    entry.addAttribute("givenName", givenName);
    entry.addAttribute("displayName", displayName);
    entry.addAttribute("mail", uid + "@learningcommons.example");
    entry.addAttribute("departmentNumber", department);
    entry.addAttribute("title", title);
    if (managerUid != null) {
      entry.addAttribute(new Attribute("manager", personDn(managerUid)));
    }
    entry.addAttribute("userPassword", PERSON_PASSWORD);
    run(
        () -> {
          server.add(entry);
          server.modify(
              STAFF_GROUP_DN, new Modification(ModificationType.ADD, "member", entry.getDN()));
        });
  }

  /**
   * Adds a person to a group under ou=groups by its cn (LC-Managers, LC-HR, LC-Admins); the role
   * applies from their next sign-in.
   */
  public void addToGroup(String uid, String groupCn) {
    run(
        () ->
            server.modify(
                "cn=" + groupCn + "," + GROUPS_DN,
                new Modification(ModificationType.ADD, "member", personDn(uid))));
  }

  /** Stops answering, as a directory outage would; existing connections are cut. */
  public void suspend() {
    server.shutDown(true);
  }

  /** Answers again, on the same port (start the directory on a fixed port to use this). */
  public void resume() {
    run(server::startListening);
  }

  /** A port that is free now, so that the directory can be suspended and resumed on it. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.shutDown(true);
  }

  private static void run(LdapAction action) {
    try {
      action.run();
    } catch (LDAPException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface LdapAction {
    void run() throws LDAPException;
  }
}
