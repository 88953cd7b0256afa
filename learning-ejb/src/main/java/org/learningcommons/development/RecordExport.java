package org.learningcommons.development;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.development.Views.CompletedCourseView;
import org.learningcommons.development.Views.ExternalLearningView;
import org.learningcommons.development.Views.PersonView;
import org.learningcommons.learning.LearningGate;
import org.learningcommons.people.Role;
import org.learningcommons.shared.Page;

/**
 * The record of development as a PDF, for the same people who read it. Exporting another person's
 * record is audited (it leaves the application).
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class RecordExport {

  /** The document lists at most this many completed courses and external learning entries. */
  static final int MAX_ROWS = 1_000;

  /** And at most this many goals. */
  static final int MAX_GOALS = 200;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;
  @Inject DevelopmentSettings settings;
  @Inject AuditTrail audit;

  /** The PDF and the name it is saved under. */
  public record ExportedRecord(String fileName, byte[] content) {}

  /** The record of {@code username} (the caller's when null) as a PDF. */
  public ExportedRecord pdf(String username) {
    String caller = gate.caller();
    String person = username == null || username.isBlank() ? caller : username.strip();
    gate.requireMaySeeLearningOf(person);
    RecordQueries queries = new RecordQueries(em);
    PersonView header = queries.person(person);
    if (header == null) {
      throw new NotFoundException("person", person);
    }
    Instant now = Instant.now();
    Page<CompletedCourseView> completed = queries.completed(person, 0, MAX_ROWS, now);
    Page<ExternalLearningView> external = queries.external(person, 0, MAX_ROWS);
    byte[] pdf =
        RecordPdf.write(
            new RecordPdf.Content(
                header,
                queries.cpd(person, Year.now(ZoneOffset.UTC).getValue(), settings.cpdTargetHours()),
                queries.mandatory(person, now),
                queries.inProgress(person),
                completed.items(),
                completed.total(),
                external.items(),
                external.total(),
                queries.goals(person, 0, MAX_GOALS, RecordQueries.today()).items(),
                now));
    if (!person.equals(caller)) {
      audit.record(
          new AuditEvent(
              now,
              caller,
              AuditAction.RECORD_EXPORTED,
              "record of " + person,
              null,
              completed.total() + " completions, " + external.total() + " external entries"));
    }
    return new ExportedRecord("record-" + person.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf", pdf);
  }
}
