package org.learningcommons.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsernamesTest {

  @Test
  void namesAreTrimmedAndLowerCased() {
    assertEquals(Optional.of("alice"), Usernames.acceptable("  Alice "));
  }

  @Test
  void blankAndMissingNamesAreRefused() {
    assertTrue(Usernames.acceptable(null).isEmpty());
    assertTrue(Usernames.acceptable("   ").isEmpty());
  }

  @Test
  void namesLongerThan256CharactersAreRefused() {
    assertTrue(Usernames.acceptable("a".repeat(256)).isPresent());
    assertTrue(Usernames.acceptable("a".repeat(257)).isEmpty());
  }

  @Test
  void namesWithNulOrControlCharactersAreRefused() {
    assertTrue(Usernames.acceptable("alice\0").isEmpty());
    assertTrue(Usernames.acceptable("al\nice").isEmpty());
  }

  @Test
  void filterCharactersAreLeftToTheFilterEncoding() {
    // Such names cannot belong to an account, but refusing them here would be guesswork: the
    // directory filter escapes them, and the directory answers "no such person".
    assertEquals(Optional.of("*)(uid=*"), Usernames.acceptable("*)(uid=*"));
  }
}
