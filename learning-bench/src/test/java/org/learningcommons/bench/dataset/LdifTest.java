package org.learningcommons.bench.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LdifTest {

  private final Dataset small = Dataset.plan(Preset.S, 42);

  @Test
  void sameSeedWritesTheSameBytes(@TempDir Path dir) throws Exception {
    Path one = dir.resolve("one.ldif");
    Path two = dir.resolve("sub/two.ldif");
    Ldif.write(Dataset.plan(Preset.S, 42), one);
    Ldif.write(Dataset.plan(Preset.S, 42), two);
    assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
    assertEquals(Ldif.toText(small), Files.readString(one, StandardCharsets.UTF_8));
  }

  @Test
  void anotherSeedWritesAnotherDirectory() {
    assertNotEquals(Ldif.toText(small), Ldif.toText(Dataset.plan(Preset.S, 1)));
  }

  @Test
  void nonAsciiValuesAreBase64() {
    String text = Ldif.toText(small);
    Person accented =
        small.people().stream()
            .filter(p -> !p.displayName().chars().allMatch(c -> c < 128))
            .findFirst()
            .orElseThrow();
    String encoded =
        Base64.getEncoder().encodeToString(accented.displayName().getBytes(StandardCharsets.UTF_8));
    assertTrue(text.contains("\ndisplayName:: " + encoded + "\n"));
    assertTrue(text.chars().allMatch(c -> c < 128), "the file itself is ASCII");
  }

  @Test
  void safeStringsFollowRfc2849() {
    assertTrue(Ldif.isSafe("O'Brien & Sons"));
    assertFalse(Ldif.isSafe("Zoë"));
    assertFalse(Ldif.isSafe(" leading space"));
    assertFalse(Ldif.isSafe("trailing space "));
    assertFalse(Ldif.isSafe(":colon"));
    assertFalse(Ldif.isSafe("<less"));
    assertFalse(Ldif.isSafe("line\nbreak"));
  }

  @Test
  void theStandardSchemaAcceptsTheDirectoryAndEveryoneSignsInWithDemo(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("S.ldif");
    Ldif.write(small, file);
    // Configured as the demo directory configures its in-memory server.
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(Directory.BASE_DN);
    config.setSchema(Schema.getDefaultStandardSchema());
    InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
    try (LDIFReader reader = new LDIFReader(file.toFile())) {
      int entries = server.importFromLDIF(true, reader);
      assertEquals(5 + small.people().size() + 4, entries);
    }
    try {
      assertEquals(
          ResultCode.SUCCESS,
          server
              .bind(new SimpleBindRequest(Directory.personDn("u000002"), "demo"))
              .getResultCode());
      assertEquals(
          ResultCode.SUCCESS,
          server
              .bind(new SimpleBindRequest(Directory.SERVICE_DN, Directory.SERVICE_PASSWORD))
              .getResultCode());
      Entry admins = server.getEntry(Directory.groupDn("LC-Admins"));
      assertArrayEquals(
          new String[] {Directory.personDn("u000002")}, admins.getAttributeValues("member"));
      assertEquals(
          small.people().size(),
          server.getEntry(Directory.groupDn("LC-Staff")).getAttributeValues("member").length);
      Person accented =
          small.people().stream()
              .filter(p -> !p.displayName().chars().allMatch(c -> c < 128))
              .findFirst()
              .orElseThrow();
      Entry entry = server.getEntry(accented.dn());
      assertEquals(accented.displayName(), entry.getAttributeValue("displayName"));
      assertEquals(accented.department(), entry.getAttributeValue("departmentNumber"));
      Entry employee = server.getEntry(Directory.personDn("u000010"));
      assertEquals(
          small.person(10).managerUsername(),
          server.getEntry(employee.getAttributeValue("manager")).getAttributeValue("uid"));
    } finally {
      server.shutDown(true);
    }
  }
}
