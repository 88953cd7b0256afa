package org.learningcommons.infrastructure.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LdapFiltersTest {

  private static final String USERS = "(objectClass=inetOrgPerson)";

  private static Entry person(String uid) {
    return new Entry(
        "uid=" + uid + ",ou=people,dc=example",
        new Attribute("objectClass", "inetOrgPerson"),
        new Attribute("uid", uid));
  }

  @Test
  void filterCharactersInANameAreEscaped() throws LDAPException {
    Filter filter = LdapFilters.person(USERS, List.of("uid"), "*)(uid=*)(|(uid=*");

    assertEquals(
        "(&(objectClass=inetOrgPerson)(uid=\\2a\\29\\28uid=\\2a\\29\\28|\\28uid=\\2a))",
        filter.toString());
  }

  @Test
  void aWildcardNameMatchesNobody() throws LDAPException {
    Filter filter = LdapFilters.person(USERS, List.of("uid"), "*");

    assertFalse(filter.matchesEntry(person("alice")));
    assertTrue(LdapFilters.person(USERS, List.of("uid"), "alice").matchesEntry(person("alice")));
  }

  @Test
  void backslashAndNulAreEscaped() throws LDAPException {
    Filter filter = LdapFilters.person(USERS, List.of("uid"), "a\\b\0c");

    assertEquals("(&(objectClass=inetOrgPerson)(uid=a\\5cb\\00c))", filter.toString());
  }

  @Test
  void severalLoginAttributesAreAlternatives() throws LDAPException {
    Filter filter =
        LdapFilters.person(
            "(objectClass=user)", List.of("sAMAccountName", "userPrincipalName"), "alice");

    assertEquals(
        "(&(objectClass=user)(|(sAMAccountName=alice)(userPrincipalName=alice)))",
        filter.toString());
  }

  @Test
  void theMemberDnIsEscapedInTheGroupFilter() throws LDAPException {
    Filter filter =
        LdapFilters.groupsOf(
            "(&(objectClass=group)(member:1.2.840.113556.1.4.1941:={0}))",
            "CN=Smith\\, John (*),OU=People,DC=corp");

    assertTrue(filter.toString().contains("CN=Smith\\5c, John \\28\\2a\\29,OU=People,DC=corp"));
  }
}
