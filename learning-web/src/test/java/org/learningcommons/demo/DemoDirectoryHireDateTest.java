package org.learningcommons.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.unboundid.ldap.sdk.LDAPConnection;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoDirectoryHireDateTest {

  @Test
  void demoPeopleHaveHireDatesTheSchemaAccepts() throws Exception {
    try (DemoDirectory directory = DemoDirectory.start(DemoDirectory.freePort());
        LDAPConnection connection = new LDAPConnection("127.0.0.1", directory.port())) {
      assertEquals(
          "20240902000000Z",
          connection.getEntry(directory.personDn("alice")).getAttributeValue("employeeHireDate"));
      directory.addPerson("newbie", "New Bie", "Sales", "Clerk", null);
      directory.hiredOn("newbie", LocalDate.parse("2026-03-01"));
      assertEquals(
          "20260301000000Z",
          connection.getEntry(directory.personDn("newbie")).getAttributeValue("employeeHireDate"));
      assertEquals(
          "employeeHireDate", directory.applicationSettings().get("LDAP_HIRE_DATE_ATTRIBUTE"));
    }
  }
}
