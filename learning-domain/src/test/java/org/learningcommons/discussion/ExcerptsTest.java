package org.learningcommons.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

  @Test
  void tagsGoAndWhitespaceCollapses() {
    assertEquals(
        "Hello world and more",
        Excerpts.of("<p>Hello <strong>world</strong></p>\n<p>and more</p>", 100));
  }

  @Test
  void entitiesTheSanitiserWritesBecomeTheirCharacters() {
    assertEquals(
        "Thanks @alice, a<b & \"c\"",
        Excerpts.of("<p>Thanks &#64;alice, a&lt;b &amp; &#34;c&#34;</p>", 100));
  }

  @Test
  void anEscapedEntityStaysText() {
    assertEquals("&#64; is an at sign", Excerpts.of("<p>&amp;#64; is an at sign</p>", 100));
  }

  @Test
  void longTextIsCutWithAnEllipsis() {
    assertEquals("abcd…", Excerpts.of("<p>abcdefghij</p>", 5));
  }

  @Test
  void nothingGivesAnEmptyText() {
    assertEquals("", Excerpts.of(null, 10));
  }
}
