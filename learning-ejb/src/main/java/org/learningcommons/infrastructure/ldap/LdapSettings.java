package org.learningcommons.infrastructure.ldap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Directory settings from MicroProfile Config (each key can be set as an environment variable of
 * the same name). docs/configuration.md describes every key, with an Active Directory example.
 */
@ApplicationScoped
public class LdapSettings {

  @Inject
  @ConfigProperty(name = "LDAP_URL")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "LDAP_BIND_DN")
  Optional<String> bindDn;

  @Inject
  @ConfigProperty(name = "LDAP_BIND_PASSWORD")
  Optional<String> bindPassword;

  @Inject
  @ConfigProperty(name = "LDAP_USER_BASE_DN")
  Optional<String> userBaseDn;

  @Inject
  @ConfigProperty(name = "LDAP_USER_FILTER", defaultValue = "(objectClass=inetOrgPerson)")
  String userFilter;

  @Inject
  @ConfigProperty(name = "LDAP_LOGIN_ATTRIBUTES", defaultValue = "uid")
  String loginAttributes;

  @Inject
  @ConfigProperty(name = "LDAP_USERNAME_ATTRIBUTE", defaultValue = "uid")
  String usernameAttribute;

  @Inject
  @ConfigProperty(name = "LDAP_DISPLAY_NAME_ATTRIBUTE", defaultValue = "displayName")
  String displayNameAttribute;

  @Inject
  @ConfigProperty(name = "LDAP_MAIL_ATTRIBUTE", defaultValue = "mail")
  String mailAttribute;

  @Inject
  @ConfigProperty(name = "LDAP_DEPARTMENT_ATTRIBUTE", defaultValue = "departmentNumber")
  String departmentAttribute;

  @Inject
  @ConfigProperty(name = "LDAP_TITLE_ATTRIBUTE", defaultValue = "title")
  String titleAttribute;

  @Inject
  @ConfigProperty(name = "LDAP_MANAGER_ATTRIBUTE", defaultValue = "manager")
  String managerAttribute;

  /** Optional: the attribute with the hire date (generalized time or yyyy-MM-dd). */
  @Inject
  @ConfigProperty(name = "LDAP_HIRE_DATE_ATTRIBUTE")
  Optional<String> hireDateAttribute;

  @Inject
  @ConfigProperty(name = "LDAP_GROUP_BASE_DN")
  Optional<String> groupBaseDn;

  @Inject
  @ConfigProperty(
      name = "LDAP_GROUP_FILTER",
      defaultValue =
          "(|(&(objectClass=groupOfNames)(member={0}))(&(objectClass=groupOfUniqueNames)(uniqueMember={0})))")
  String groupFilter;

  @Inject
  @ConfigProperty(name = "LDAP_CONNECT_TIMEOUT_MS", defaultValue = "5000")
  int connectTimeoutMillis;

  @Inject
  @ConfigProperty(name = "LDAP_RESPONSE_TIMEOUT_MS", defaultValue = "10000")
  int responseTimeoutMillis;

  @Inject
  @ConfigProperty(name = "LDAP_POOL_SIZE", defaultValue = "10")
  int poolSize;

  @Inject
  @ConfigProperty(name = "LDAP_PAGE_SIZE", defaultValue = "500")
  int pageSize;

  /** One or more {@code ldap://} or {@code ldaps://} URLs separated by spaces: tried in order. */
  public List<String> urls() {
    return Arrays.stream(url.orElse("").trim().split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
  }

  public Optional<String> bindDn() {
    return bindDn.filter(s -> !s.isBlank());
  }

  public String bindPassword() {
    return bindPassword.orElse("");
  }

  public String userBaseDn() {
    return userBaseDn.orElse("");
  }

  public String groupBaseDn() {
    return groupBaseDn.filter(s -> !s.isBlank()).orElse(userBaseDn());
  }

  public String userFilter() {
    return userFilter;
  }

  public List<String> loginAttributes() {
    return Arrays.stream(loginAttributes.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
  }

  public String usernameAttribute() {
    return usernameAttribute;
  }

  public String displayNameAttribute() {
    return displayNameAttribute;
  }

  public String mailAttribute() {
    return mailAttribute;
  }

  public String departmentAttribute() {
    return departmentAttribute;
  }

  public String titleAttribute() {
    return titleAttribute;
  }

  public String managerAttribute() {
    return managerAttribute;
  }

  /** The hire date attribute, or null when the directory has none configured. */
  public String hireDateAttribute() {
    return hireDateAttribute.filter(s -> !s.isBlank()).map(String::strip).orElse(null);
  }

  public String groupFilter() {
    return groupFilter;
  }

  public int connectTimeoutMillis() {
    return connectTimeoutMillis;
  }

  public int responseTimeoutMillis() {
    return responseTimeoutMillis;
  }

  public int poolSize() {
    return poolSize;
  }

  public int pageSize() {
    return pageSize;
  }
}
