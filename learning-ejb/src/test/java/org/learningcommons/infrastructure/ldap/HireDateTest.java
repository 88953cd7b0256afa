package org.learningcommons.infrastructure.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HireDateTest {

  @Test
  void readsGeneralizedTimeAndIsoDates() {
    assertEquals(LocalDate.parse("2024-01-15"), LdapDirectory.hireDate("20240115000000Z"));
    assertEquals(LocalDate.parse("2024-01-15"), LdapDirectory.hireDate("20240115093000.0Z"));
    assertEquals(LocalDate.parse("2023-07-01"), LdapDirectory.hireDate(" 2023-07-01 "));
    assertEquals(LocalDate.parse("2023-07-01"), LdapDirectory.hireDate("2023-07-01T08:00:00Z"));
  }

  @Test
  void unreadableOrMissingValuesGiveNoDate() {
    assertNull(LdapDirectory.hireDate(null));
    assertNull(LdapDirectory.hireDate(" "));
    assertNull(LdapDirectory.hireDate("last spring"));
    assertNull(LdapDirectory.hireDate("2023-13-45"));
  }
}
