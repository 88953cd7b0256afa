package org.learningcommons.people;

import java.util.List;
import java.util.Optional;

/**
 * The corporate directory (LDAP or Active Directory): the authority on who works here and in which
 * groups. Every method throws {@link DirectoryUnavailableException} when the directory does not
 * answer, so that callers can tell "wrong password" from "cannot check the password now".
 */
public interface CorporateDirectory {

  /**
   * Checks a sign-in name and password.
   *
   * @param loginName a name already accepted by {@link Usernames#acceptable(String)}
   * @return the person with their groups, or empty when the name or the password is wrong
   */
  Optional<DirectoryEntry> authenticate(String loginName, String password);

  /** Everybody under the configured base that the user filter admits, without groups. */
  List<DirectoryEntry> everyone();

  /** Whether the directory answers a trivial request now. */
  void ping();
}
