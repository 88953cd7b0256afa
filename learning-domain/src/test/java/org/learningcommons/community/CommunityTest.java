package org.learningcommons.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommunityTest {

  private static final Instant T0 = Instant.parse("2025-11-01T09:00:00Z");

  @Test
  void tagsAreTrimmedLowerCasedAndDeduplicated() {
    assertEquals(
        List.of("java", "jvm", "kotlin"),
        List.copyOf(
            Community.normaliseTags(Arrays.asList(" Java ", "JVM", "java", "Kotlin", "JAVA"))));
  }

  @Test
  void blankAndMissingTagsAreDropped() {
    assertEquals(Set.of("java"), Community.normaliseTags(Arrays.asList("", "  ", null, "Java")));
    assertTrue(Community.normaliseTags(null).isEmpty());
  }

  @Test
  void aCommunityStoresNormalisedTagsAndATrimmedName() {
    Community community =
        new Community(
            "  Java guild ", null, "Engineering", List.of("JVM "), Visibility.OPEN, "mike", T0);

    assertEquals("Java guild", community.getName());
    assertEquals("", community.getDescription());
    assertEquals(Set.of("jvm"), community.getTags());
  }

  @Test
  void aNameAndACategoryAreRequired() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Community(" ", "", "Engineering", List.of(), Visibility.OPEN, "mike", T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Community("Java", "", null, List.of(), Visibility.OPEN, "mike", T0));
  }

  @Test
  void countersNeverGoBelowZero() {
    Community community =
        new Community("Java", "", "Engineering", List.of(), Visibility.OPEN, "mike", T0);

    community.memberLeft();
    community.threadRemoved();

    assertEquals(0, community.getMemberCount());
    assertEquals(0, community.getThreadCount());
  }
}
