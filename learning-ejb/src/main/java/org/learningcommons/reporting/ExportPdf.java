package org.learningcommons.reporting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A landscape PDF: the title, the filter, then the table with its header row repeated on every
 * page. The table is marked incomplete and added to the document every {@link #CHUNK} rows, which
 * writes the finished pages out and drops their rows, so memory stays flat however long it is.
 */
final class ExportPdf implements ExportWriter {

  static final int CHUNK = 500;

  private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
  private static final Font SUMMARY = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);
  private static final Font HEADER = new Font(Font.HELVETICA, 8, Font.BOLD);
  private static final Font CELL = new Font(Font.HELVETICA, 8, Font.NORMAL);

  private final List<ReportColumn> columns;
  private final ExportHeading heading;
  private final Document document;
  private PdfPTable table;
  private int pending;

  ExportPdf(ExportHeading heading, List<ReportColumn> columns, OutputStream out) {
    this.heading = heading;
    this.columns = columns;
    this.document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    // The caller owns the stream (an HTTP response, a file).
    writer.setCloseStream(false);
    document.addTitle(heading.title());
    document.open();
    document.add(new Paragraph(heading.title(), TITLE));
    if (!heading.filterSummary().isBlank()) {
      document.add(new Paragraph(heading.filterSummary(), SUMMARY));
    }
    document.add(new Paragraph(" ", SUMMARY));
    table = new PdfPTable(columns.size());
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setComplete(false);
    for (String title : heading.columnTitles()) {
      PdfPCell cell = new PdfPCell(new Phrase(title, HEADER));
      cell.setBackgroundColor(new Color(0xE8, 0xEC, 0xF2));
      table.addCell(cell);
    }
  }

  @Override
  public void row(Object[] values) throws IOException {
    for (int i = 0; i < columns.size(); i++) {
      ReportColumn.Type type = columns.get(i).type();
      String text = ExportValues.text(values[i], type, heading.zone());
      if (text != null && type == ReportColumn.Type.PERCENT) {
        text = text + " %";
      }
      PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, CELL));
      if (type != ReportColumn.Type.TEXT) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
      }
      table.addCell(cell);
    }
    if (++pending == CHUNK) {
      flush();
    }
  }

  @Override
  public void finish() throws IOException {
    try {
      table.setComplete(true);
      document.add(table);
      document.close();
    } catch (DocumentException e) {
      throw new IOException("The PDF could not be written", e);
    }
  }

  @Override
  public void abandon() {
    if (document.isOpen()) {
      try {
        document.close();
      } catch (RuntimeException e) {
        // The export failed already; a half-written document is thrown away.
      }
    }
  }

  private void flush() throws IOException {
    try {
      document.add(table);
    } catch (DocumentException e) {
      throw new IOException("The PDF could not be written", e);
    }
    pending = 0;
  }
}
