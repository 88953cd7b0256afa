package org.learningcommons.development;

import com.lowagie.text.Chunk;
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
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.learningcommons.development.Views.CompletedCourseView;
import org.learningcommons.development.Views.ExternalLearningView;
import org.learningcommons.development.Views.GoalCommentView;
import org.learningcommons.development.Views.GoalView;
import org.learningcommons.development.Views.InProgressView;
import org.learningcommons.development.Views.MandatoryView;
import org.learningcommons.development.Views.PersonView;

/** Lays out a record of development as a PDF document (A4, English, dates in UTC). */
final class RecordPdf {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 10);
  private static final Font HEAD_CELL = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.ITALIC);

  private RecordPdf() {}

  record Content(
      PersonView person,
      CpdYear cpd,
      List<MandatoryView> mandatory,
      List<InProgressView> inProgress,
      List<CompletedCourseView> completed,
      long completedTotal,
      List<ExternalLearningView> external,
      long externalTotal,
      List<GoalView> goals,
      Instant printedAt) {}

  static byte[] write(Content c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 40, 40);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Record of development: " + c.person().displayName());
      document.addCreator("Learning Commons");
      document.open();
      document.add(new Paragraph("Record of development", TITLE));
      document.add(
          new Paragraph(c.person().displayName() + " (" + c.person().username() + ")", HEADING));
      String unit = join(c.person().title(), c.person().department());
      if (!unit.isEmpty()) {
        document.add(new Paragraph(unit, TEXT));
      }
      document.add(new Paragraph("Printed " + day(c.printedAt()) + " (UTC)", SMALL));

      CpdYear cpd = c.cpd();
      heading(document, "CPD hours " + cpd.year());
      document.add(
          new Paragraph(
              cpd.totalHours()
                  + " of "
                  + cpd.targetHours()
                  + " hours ("
                  + cpd.percentOfTarget()
                  + "%): courses "
                  + cpd.courseHours()
                  + ", external learning verified "
                  + cpd.externalVerifiedHours()
                  + ", not verified "
                  + cpd.externalUnverifiedHours(),
              TEXT));

      heading(document, "Mandatory training");
      if (c.mandatory().isEmpty()) {
        document.add(new Paragraph("None.", TEXT));
      } else {
        PdfPTable table = table(new float[] {5, 2, 2, 2}, "Course", "Status", "Due", "Valid until");
        for (MandatoryView m : c.mandatory()) {
          row(table, m.courseTitle(), m.status().name(), day(m.dueAt()), day(m.validUntil()));
        }
        document.add(table);
      }

      heading(document, "In progress");
      if (c.inProgress().isEmpty()) {
        document.add(new Paragraph("None.", TEXT));
      } else {
        PdfPTable table = table(new float[] {5, 2, 2}, "Course", "Progress", "Due");
        for (InProgressView p : c.inProgress()) {
          row(table, p.courseTitle(), p.percent() + "%", day(p.dueAt()));
        }
        document.add(table);
      }

      heading(document, "Completed courses (" + c.completedTotal() + ")");
      if (c.completed().isEmpty()) {
        document.add(new Paragraph("None.", TEXT));
      } else {
        PdfPTable table =
            table(
                new float[] {5, 2, 1, 2, 3}, "Course", "Completed", "Hours", "Valid until", "Code");
        for (CompletedCourseView k : c.completed()) {
          row(
              table,
              k.courseTitle(),
              day(k.completedAt()),
              k.hours().toPlainString(),
              k.expired() ? "expired " + day(k.validUntil()) : day(k.validUntil()),
              "#" + k.completionId());
        }
        document.add(table);
        more(document, c.completed().size(), c.completedTotal());
      }

      heading(document, "External learning (" + c.externalTotal() + ")");
      if (c.external().isEmpty()) {
        document.add(new Paragraph("None.", TEXT));
      } else {
        PdfPTable table =
            table(
                new float[] {4, 3, 2, 1, 2},
                "Title",
                "Provider",
                "Completed",
                "Hours",
                "Verification");
        for (ExternalLearningView x : c.external()) {
          row(
              table,
              x.title(),
              x.provider(),
              DATE.format(x.completedOn()),
              x.hours().toPlainString(),
              x.verification().name()
                  + (x.reviewedByName() == null ? "" : " by " + x.reviewedByName()));
        }
        document.add(table);
        more(document, c.external().size(), c.externalTotal());
      }

      heading(document, "Development goals");
      if (c.goals().isEmpty()) {
        document.add(new Paragraph("None.", TEXT));
      }
      for (GoalView g : c.goals()) {
        Paragraph goal = new Paragraph();
        goal.add(new Chunk(g.title(), HEAD_CELL));
        goal.add(
            new Chunk(
                "  "
                    + g.status().name()
                    + (g.targetDate() == null ? "" : ", target " + DATE.format(g.targetDate())),
                TEXT));
        document.add(goal);
        if (g.description() != null) {
          document.add(new Paragraph(g.description(), TEXT));
        }
        for (GoalCommentView comment : g.comments()) {
          Paragraph p =
              new Paragraph(
                  comment.authorName() + ", " + day(comment.createdAt()) + ": " + comment.body(),
                  SMALL);
          p.setIndentationLeft(12);
          document.add(p);
        }
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The record could not be laid out as PDF", e);
    }
    return out.toByteArray();
  }

  private static void heading(Document document, String text) {
    Paragraph p = new Paragraph(text, HEADING);
    p.setSpacingBefore(12);
    p.setSpacingAfter(4);
    document.add(p);
  }

  private static void more(Document document, int shown, long total) {
    if (shown < total) {
      document.add(new Paragraph("The newest " + shown + " of " + total + " are listed.", SMALL));
    }
  }

  private static PdfPTable table(float[] widths, String... heads) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String head : heads) {
      PdfPCell cell = new PdfPCell(new Phrase(head, HEAD_CELL));
      cell.setHorizontalAlignment(Element.ALIGN_LEFT);
      table.addCell(cell);
    }
    return table;
  }

  private static void row(PdfPTable table, String... values) {
    for (String value : values) {
      table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, TEXT)));
    }
  }

  private static String join(String a, String b) {
    if (a == null || a.isBlank()) {
      return b == null ? "" : b;
    }
    return b == null || b.isBlank() ? a : a + ", " + b;
  }

  private static LocalDate utcDate(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String day(Instant instant) {
    return instant == null ? "" : DATE.format(utcDate(instant));
  }
}
