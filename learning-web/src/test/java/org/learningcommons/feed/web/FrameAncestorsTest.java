package org.learningcommons.feed.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameAncestorsTest {

  @Test
  void withoutASettingOnlyThisSiteFramesTheWidget() {
    assertEquals("'self'", FrameAncestors.parse(null));
    assertEquals("'self'", FrameAncestors.parse("   "));
  }

  @Test
  void originsAndKeywordsAreAcceptedAndSpacesNormalised() {
    assertEquals(
        "'self' https://portal.example.com https://*.corp.example:8443",
        FrameAncestors.parse(
            "  'self'   https://portal.example.com\thttps://*.corp.example:8443 "));
    assertEquals("'none'", FrameAncestors.parse("'none'"));
    assertEquals("https:", FrameAncestors.parse("https:"));
    assertEquals(
        "https://intranet.example.com/portal/",
        FrameAncestors.parse("https://intranet.example.com/portal/"));
  }

  @Test
  void aSemicolonCannotSmuggleInAnotherDirective() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> FrameAncestors.parse("https://portal.example.com; script-src *"));
    assertTrue(refused.getMessage().startsWith("WIDGET_FRAME_ANCESTORS"), refused.getMessage());
  }

  @Test
  void aLineBreakCannotStartAnotherHeader() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> FrameAncestors.parse("https://portal.example.com\r\nSet-Cookie: x=1"));
    assertTrue(refused.getMessage().contains("\\u000d"), refused.getMessage());
  }

  @Test
  void valuesThatAreNoSourcesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> FrameAncestors.parse("self"));
    assertThrows(IllegalArgumentException.class, () -> FrameAncestors.parse("https://a,b"));
    assertThrows(IllegalArgumentException.class, () -> FrameAncestors.parse("<script>"));
    assertThrows(IllegalArgumentException.class, () -> FrameAncestors.parse("'none' 'self'"));
  }
}
