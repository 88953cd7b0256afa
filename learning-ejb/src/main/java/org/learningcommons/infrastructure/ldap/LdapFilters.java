package org.learningcommons.infrastructure.ldap;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.List;

/**
 * Builds the filters sent to the directory. Values typed by a person (a sign-in name) or read from
 * the directory (a DN) only ever enter a filter through the SDK's assertion-value encoding, so that
 * {@code * ( ) \} and NUL are escaped and cannot change the filter's meaning.
 */
final class LdapFilters {

  private LdapFilters() {}

  /** The configured user filter AND one of the login attributes equal to {@code loginName}. */
  static Filter person(String userFilter, List<String> loginAttributes, String loginName)
      throws LDAPException {
    Filter[] alternatives =
        loginAttributes.stream()
            .map(attribute -> Filter.createEqualityFilter(attribute, loginName))
            .toArray(Filter[]::new);
    Filter login = alternatives.length == 1 ? alternatives[0] : Filter.createORFilter(alternatives);
    return Filter.createANDFilter(Filter.create(userFilter), login);
  }

  /** The configured group filter with every {@code {0}} replaced by the escaped member DN. */
  static Filter groupsOf(String groupFilterTemplate, String memberDn) throws LDAPException {
    String escaped = Filter.encodeValue(memberDn);
    return Filter.create(groupFilterTemplate.replace("{0}", escaped));
  }
}
