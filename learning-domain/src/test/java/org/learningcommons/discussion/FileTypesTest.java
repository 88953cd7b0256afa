package org.learningcommons.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileTypesTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
  private static final byte[] PDF = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {'P', 'K', 3, 4, 0, 0};

  @Test
  void imagesAreRecognisedByTheirFirstBytesWhateverTheirName() {
    assertEquals(Optional.of("image/png"), FileTypes.detect("photo.jpg", PNG));
    assertEquals(Optional.of("image/jpeg"), FileTypes.detect("no-extension", JPEG));
  }

  @Test
  void aPdfMustStartLikeOne() {
    assertEquals(Optional.of("application/pdf"), FileTypes.detect("report.PDF", PDF));
    assertEquals(Optional.empty(), FileTypes.detect("report.pdf", text("not a pdf")));
  }

  @Test
  void svgAndHtmlAreRefusedBecauseBrowsersRunTheirScripts() {
    assertEquals(
        Optional.empty(), FileTypes.detect("logo.svg", text("<svg onload=\"alert(1)\"></svg>")));
    assertEquals(Optional.empty(), FileTypes.detect("page.html", text("<html></html>")));
    assertEquals(Optional.empty(), FileTypes.detect("page.htm", text("<html></html>")));
  }

  @Test
  void officeDocumentsMustBeZipArchives() {
    assertEquals(
        Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        FileTypes.detect("notes.docx", ZIP));
    assertEquals(Optional.empty(), FileTypes.detect("notes.docx", text("plain text")));
  }

  @Test
  void textWithANulByteIsRefused() {
    assertEquals(Optional.of("text/plain"), FileTypes.detect("notes.txt", text("hello")));
    assertEquals(Optional.empty(), FileTypes.detect("notes.txt", new byte[] {'h', 0, 'i'}));
  }

  @Test
  void unknownExtensionsAreRefused() {
    assertEquals(Optional.empty(), FileTypes.detect("tool.exe", text("MZ")));
    assertEquals(Optional.empty(), FileTypes.detect(null, text("x")));
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
