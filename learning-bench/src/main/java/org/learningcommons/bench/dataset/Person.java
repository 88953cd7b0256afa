package org.learningcommons.bench.dataset;

/**
 * One generated member of staff, as the directory lists them.
 *
 * @param index 1-based position; the username is derived from it
 * @param managerIndex index of the person's manager, 0 for the chief executive
 * @param hr whether the person is in the LC-HR group
 */
public record Person(
    int index,
    String givenName,
    String surname,
    String department,
    String title,
    int managerIndex,
    boolean hr) {

  public String username() {
    return DatasetGenerator.username(index);
  }

  public String displayName() {
    return givenName + " " + surname;
  }

  public String email() {
    return username() + "@" + Directory.MAIL_DOMAIN;
  }

  public String dn() {
    return Directory.personDn(username());
  }

  public boolean hasManager() {
    return managerIndex > 0;
  }

  public String managerUsername() {
    return hasManager() ? DatasetGenerator.username(managerIndex) : null;
  }
}
