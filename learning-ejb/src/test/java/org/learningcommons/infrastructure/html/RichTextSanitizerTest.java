package org.learningcommons.infrastructure.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RichTextSanitizerTest {

  /** Known cross-site scripting vectors (OWASP filter evasion cheat sheet and browser quirks). */
  static Stream<String> vectors() {
    return Stream.of(
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "\"><script>alert(document.cookie)</script>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=javascript:alert('XSS')>",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
        "<IMG SRC=\"jav\tascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
        "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href=\"JAVASCRIPT:alert(1)\">click</a>",
        "<a href=\"  javascript:alert(1)\">click</a>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">click</a>",
        "<a href=\"vbscript:msgbox(1)\">click</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
        "<a href=\"#\" onclick=\"alert(1)\">click</a>",
        "<a onmouseover=alert(1)>hover</a>",
        "<body onload=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<form action=\"javascript:alert(1)\"><input type=submit></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<audio src=x onerror=alert(1)>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<style>@import 'https://evil.example/x.css';</style>",
        "<div style=\"background-image:url(javascript:alert(1))\">x</div>",
        "<p style=\"width:expression(alert(1))\">x</p>",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<div onpointerover=\"alert(1)\">x</div>",
        "<xss onafterscriptexecute=alert(1)><script>1</script>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<img src=\"https://evil.example/track.gif\">",
        "<img src=\"/attachments/../admin/index.xhtml\">",
        "<img src=\"//evil.example/x.png\">",
        "<span class=\"x\" onclick=\"alert(1)\">x</span>",
        "<p class=\"ql-align-center\" onmouseenter=\"alert(1)\">x</p>",
        "<isindex type=image src=1 onerror=alert(1)>",
        "<a href=\"&#1;javascript:alert(1)\">x</a>");
  }

  private static final List<String> FORBIDDEN =
      List.of(
          "<script",
          "javascript:",
          "vbscript:",
          "data:",
          "<iframe",
          "<object",
          "<embed",
          "<svg",
          "<math",
          "<style",
          "<meta",
          "<link",
          "<base",
          "<form",
          "<input",
          "<button",
          "expression(",
          "srcdoc",
          "evil.example",
          "style=",
          "<video",
          "<audio",
          "<details",
          "<marquee");

  private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=");

  @ParameterizedTest
  @MethodSource("vectors")
  void crossSiteScriptingVectorsComeBackNeutralised(String vector) {
    String clean = RichTextSanitizer.sanitize(vector).toLowerCase(Locale.ROOT);

    for (String forbidden : FORBIDDEN) {
      assertFalse(
          clean.contains(forbidden), () -> vector + " -> " + clean + " contains " + forbidden);
    }
    assertFalse(EVENT_HANDLER.matcher(clean).find(), () -> vector + " -> " + clean);
  }

  @Test
  void thereAreAtLeastFiftyVectors() {
    assertTrue(vectors().count() >= 50);
  }

  @Test
  void editorFormattingSurvives() {
    String html =
        "<h2>Title</h2><p class=\"ql-align-center\"><strong>bold</strong> <em>it</em> <u>u</u>"
            + " <s>s</s></p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote>"
            + "<pre class=\"ql-syntax\">code</pre>";

    assertEquals(html, RichTextSanitizer.sanitize(html));
  }

  @Test
  void linksOpenSafely() {
    String clean = RichTextSanitizer.sanitize("<a href=\"https://intranet.example/x\">x</a>");

    assertTrue(clean.contains("href=\"https://intranet.example/x\""), clean);
    assertTrue(clean.contains("noopener"), clean);
    assertTrue(clean.contains("noreferrer"), clean);
  }

  @Test
  void imagesOnlyFromOurAttachments() {
    String clean =
        RichTextSanitizer.sanitize(
            "<img src=\"/attachments/3f2a9c1e-0b7d-4c55-9e1a-2d4f6a8b0c11\" alt=\"diagram\">");

    assertTrue(clean.contains("src=\"/attachments/3f2a9c1e-0b7d-4c55-9e1a-2d4f6a8b0c11\""), clean);
  }

  @Test
  void textIsEscapedNotInterpreted() {
    assertEquals("1 &lt; 2 &amp;&amp; 3 &gt; 2", RichTextSanitizer.sanitize("1 < 2 && 3 > 2"));
    assertNull(RichTextSanitizer.sanitize(null));
  }
}
