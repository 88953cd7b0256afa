package org.learningcommons.development.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.learningcommons.development.CompletionImport;
import org.learningcommons.development.CompletionImport.ImportLine;
import org.learningcommons.development.CompletionImport.ImportReport;
import org.learningcommons.infrastructure.rest.InvalidInputException;

/** HR's import of completions of training done elsewhere, as CSV. */
@Path("completions/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CompletionImportResource {

  /** A CSV of 5,000 lines fits well within this. */
  static final int MAX_BYTES = 1024 * 1024;

  @EJB CompletionImport completionImport;

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Import completions (CSV)",
      description =
          "HR and administrators (403 otherwise). The body is UTF-8 CSV with the columns username,"
              + " course (an id, or the exact title), completedOn (ISO date, not in the future) and"
              + " optionally hours (more than 0, at most 1000; the course's duration when blank);"
              + " a first line starting with \"username\" is a header. Every line is checked"
              + " (unknown person or course, bad or future date, bad hours, a completion of the"
              + " same course by the same person on the same day stored already or earlier in the"
              + " file); the valid lines are written in one transaction, the others come back as"
              + " rejected with their line number and reason. dryRun=true checks only. At most"
              + " 5,000 lines (400) and 1 MiB (413). Audited (COMPLETIONS_IMPORTED).")
  public ImportReport importCsv(
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
      InputStream body)
      throws IOException {
    byte[] content = FileResponses.read(body, length, MAX_BYTES);
    return completionImport.importCompletions(lines(content), dryRun);
  }

  /**
   * The lines of the file. Empty lines are kept while parsing (and then skipped), so that a
   * record's number is its line number for every file without line breaks inside quotes.
   */
  static List<ImportLine> lines(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      InvalidInputException.check().rule(true, "body", "must be a CSV file with lines").done();
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
    List<ImportLine> lines = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        int number = (int) record.getRecordNumber();
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        if (number == 1 && "username".equalsIgnoreCase(record.get(0))) {
          continue;
        }
        lines.add(
            new ImportLine(
                number,
                column(record, 0),
                column(record, 1),
                column(record, 2),
                column(record, 3),
                record.size()));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      InvalidInputException.check()
          .rule(true, "body", "is not valid CSV (an unclosed quote?)")
          .done();
    }
    return lines;
  }

  private static String column(CSVRecord record, int index) {
    return index < record.size() ? record.get(index) : null;
  }
}
