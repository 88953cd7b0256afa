package org.learningcommons.development.api;

import jakarta.ws.rs.core.Response;
import org.learningcommons.development.DevelopmentRecord;
import org.learningcommons.development.RecordExport;
import org.learningcommons.shared.PageRequest;

/** Reading a record for the two record resources (mine, a person's). */
final class RecordSections {

  static final String DESCRIPTION =
      " Sections: person, cpd (the calendar year's hours: completed courses plus external learning"
          + " not declined, verified and unverified shown apart, against CPD_TARGET_HOURS),"
          + " mandatory (assigned or due courses with their training status), inProgress (active"
          + " enrolments with the share of required items done), completed (paged by"
          + " completedOffset/completedLimit, newest first, with certificate links),"
          + " externalLearning (externalOffset/externalLimit, newest first) and goals"
          + " (goalsOffset/goalsLimit, open ones first, with comments). year picks the CPD year.";

  private RecordSections() {}

  static RecordDtos.RecordDto read(
      DevelopmentRecord record,
      String username,
      Integer year,
      int completedOffset,
      int completedLimit,
      int externalOffset,
      int externalLimit,
      int goalsOffset,
      int goalsLimit) {
    PageRequest completed = Paging.page("completed", completedOffset, completedLimit);
    PageRequest external = Paging.page("external", externalOffset, externalLimit);
    PageRequest goals = Paging.page("goals", goalsOffset, goalsLimit);
    return RecordDtos.RecordDto.of(
        record.record(username, year, completed, external, goals),
        completedLimit,
        externalLimit,
        goalsLimit);
  }

  static Response pdf(RecordExport export, String username) {
    RecordExport.ExportedRecord pdf = export.pdf(username);
    return Response.ok(pdf.content(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
