package org.learningcommons.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GroupNameTest {

  @Test
  void aGroupIsNamedByItsFirstRdnValue() {
    assertEquals("LC-HR", DirectoryReconciler.groupName("cn=LC-HR,ou=groups,dc=example"));
    assertEquals("First Aiders", DirectoryReconciler.groupName("CN=First Aiders , OU=Groups"));
    assertEquals("Smith\\, Jones", DirectoryReconciler.groupName("cn=Smith\\, Jones,ou=groups"));
    assertEquals("plain", DirectoryReconciler.groupName("plain"));
  }
}
