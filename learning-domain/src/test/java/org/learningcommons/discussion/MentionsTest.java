package org.learningcommons.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MentionsTest {

  @Test
  void mentionsAreFoundInTheTextOfThePostInLowerCase() {
    assertEquals(
        List.of("alice", "mike.mitchell"),
        List.copyOf(Mentions.in("<p>Thanks <b>@Alice</b>, and @Mike.Mitchell!</p>")));
  }

  @Test
  void mentionsAreFoundInSanitisedHtmlWhereTheAtSignIsAnEntity() {
    assertEquals(Set.of("alice", "bob"), Mentions.in("<p>Thanks &#64;alice and &#x40;Bob</p>"));
    assertEquals(Set.of(), Mentions.in("<p>anna&#64;example.com</p>"));
  }

  @Test
  void anEmailAddressIsNotAMention() {
    assertEquals(Set.of(), Mentions.in("<p>Write to anna@example.com</p>"));
  }

  @Test
  void aNameIsMentionedOnceWhateverItsCase() {
    assertEquals(Set.of("alice"), Mentions.in("@alice @ALICE @Alice"));
  }

  @Test
  void atMostTwentyPeopleAreMentioned() {
    String many =
        IntStream.range(0, 30).mapToObj(i -> "@person" + i).collect(Collectors.joining(" "));

    Set<String> mentioned = Mentions.in(many);

    assertEquals(Mentions.MAX_PER_POST, mentioned.size());
    assertTrue(mentioned.contains("person0"));
    assertFalse(mentioned.contains("person20"));
  }

  @Test
  void markupIsNotText() {
    assertEquals(Set.of(), Mentions.in("<a href=\"https://x.example/@bob\">link</a>"));
    assertEquals(Set.of(), Mentions.in(null));
  }

  @Test
  void aPostOfOnlyEmptyMarkupHasNoContentButAnImageHas() {
    assertFalse(Mentions.hasContent("<p>&nbsp; </p><br>"));
    assertTrue(Mentions.hasContent("<p><img src=\"/attachments/1\"></p>"));
  }
}
