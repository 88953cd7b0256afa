package org.learningcommons.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

  private static final CertificateView CERTIFICATE =
      new CertificateView(
          7,
          "alice",
          "Alice Jüngling",
          3,
          "First aid",
          Instant.parse("2026-04-02T12:00:00Z"),
          210,
          Instant.parse("2028-04-02T12:00:00Z"),
          true,
          CompletionSource.ATTENDANCE,
          "7KQ2-M9XD-4HRT",
          "https://learning.example/learning/verify.xhtml?code=7KQ2-M9XD-4HRT");

  @Test
  void theCertificateNamesThePersonTheCourseTheDatesAndTheCode() throws Exception {
    byte[] pdf = CertificatePdf.render(CERTIFICATE, Locale.ENGLISH, ZoneId.of("Europe/Berlin"));

    String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    assertTrue(text.contains("Certificate of completion"), text);
    assertTrue(text.contains("Alice Jüngling"), text);
    assertTrue(text.contains("First aid"), text);
    assertTrue(text.contains("April 2, 2026"), text);
    assertTrue(text.contains("Valid until April 2, 2028"), text);
    assertTrue(text.contains("3 h 30 min"), text);
    assertTrue(text.contains("7KQ2-M9XD-4HRT"), text);
  }

  @Test
  void theCertificateSpeaksGerman() throws Exception {
    byte[] pdf = CertificatePdf.render(CERTIFICATE, Locale.GERMAN, ZoneId.of("Europe/Berlin"));
    String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    assertTrue(text.contains("Teilnahmezertifikat"), text);
    assertTrue(text.contains("Prüfcode: 7KQ2-M9XD-4HRT"), text);
  }

  @Test
  void hoursReadNaturally() {
    assertEquals("45 min", CertificatePdf.hours(45));
    assertEquals("2 h", CertificatePdf.hours(120));
    assertEquals("1 h 5 min", CertificatePdf.hours(65));
  }
}
