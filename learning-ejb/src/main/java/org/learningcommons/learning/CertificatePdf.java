package org.learningcommons.learning;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders a certificate as a one-page PDF (OpenPDF), in the person's language. */
public final class CertificatePdf {

  private static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);

  private CertificatePdf() {}

  public static byte[] render(CertificateView certificate, Locale locale, ZoneId zone) {
    ResourceBundle texts =
        ResourceBundle.getBundle("org.learningcommons.learning.certificate", locale);
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(texts.getString("title") + ": " + certificate.courseTitle());
      document.addAuthor(texts.getString("issuer"));
      document.addSubject(certificate.personName());
      document.open();
      document.add(centred(texts.getString("issuer"), font(14, Font.NORMAL, Color.GRAY), 24));
      document.add(centred(texts.getString("title"), font(32, Font.BOLD, ACCENT), 28));
      document.add(
          centred(texts.getString("certifies"), font(14, Font.NORMAL, Color.DARK_GRAY), 8));
      document.add(centred(certificate.personName(), font(26, Font.BOLD, Color.BLACK), 12));
      document.add(
          centred(texts.getString("completed"), font(14, Font.NORMAL, Color.DARK_GRAY), 8));
      document.add(centred(certificate.courseTitle(), font(22, Font.BOLD, ACCENT), 8));
      document.add(
          centred(
              format(texts, "on", dates.format(certificate.completedAt())),
              font(14, Font.NORMAL, Color.DARK_GRAY),
              16));
      document.add(
          centred(
              format(texts, "hours", hours(certificate.minutes())),
              font(12, Font.NORMAL, Color.DARK_GRAY),
              4));
      if (certificate.validUntil() != null) {
        document.add(
            centred(
                format(texts, "validUntil", dates.format(certificate.validUntil())),
                font(12, Font.NORMAL, Color.DARK_GRAY),
                4));
      }
      document.add(new Paragraph(Chunk.NEWLINE));
      document.add(
          centred(
              format(texts, "code", certificate.verificationCode()),
              font(12, Font.BOLD, Color.BLACK),
              4));
      document.add(
          centred(
              format(texts, "verifyAt", certificate.verificationUrl()),
              font(10, Font.NORMAL, Color.GRAY),
              0));
    } catch (DocumentException e) {
      throw new IllegalStateException("The certificate cannot be written", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  /** Minutes as hours and minutes, such as {@code 3 h 30 min}. */
  static String hours(int minutes) {
    int h = minutes / 60;
    int m = minutes % 60;
    if (h == 0) {
      return m + " min";
    }
    return m == 0 ? h + " h" : h + " h " + m + " min";
  }

  private static String format(ResourceBundle texts, String key, Object... arguments) {
    return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
  }

  private static Font font(float size, int style, Color color) {
    return new Font(Font.HELVETICA, size, style, color);
  }

  private static Paragraph centred(String text, Font font, float spacingAfter) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingAfter(spacingAfter);
    return paragraph;
  }
}
