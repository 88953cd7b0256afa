package org.learningcommons.learning;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.people.DirectorySynced;
import org.learningcommons.people.Role;

/**
 * Brings assignments in line with the rules, for everybody in batches of {@code
 * ASSIGNMENT_EVALUATION_BATCH} people per transaction ({@link AssignmentBatches}): when HR asks,
 * after a rule is saved (that rule only), and after every directory sync (people moved, joined or
 * left). Runs outside a transaction so that each batch commits on its own.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AssignmentEvaluation {

  private static final Logger LOG = Logger.getLogger(AssignmentEvaluation.class.getName());

  @EJB AssignmentBatches batches;
  @Inject TrainingSettings settings;
  @Resource SessionContext context;

  /** "Evaluate now" (HR, administrators): every rule for everybody. Audited. */
  @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
  public EvaluationView evaluateNow() {
    EvaluationView run = run(null);
    batches.audit(
        new AuditEvent(
            Instant.now(),
            context.getCallerPrincipal().getName(),
            AuditAction.ASSIGNMENT_RULES_EVALUATED,
            null,
            null,
            run.summary()));
    return run;
  }

  /** One rule for everybody, after HR saved or deleted it. */
  @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
  public EvaluationView evaluateRule(long ruleId) {
    return run(ruleId);
  }

  /** After each directory sync: the directory may have moved, added or removed anybody. */
  @PermitAll
  public void onDirectorySynced(@Observes DirectorySynced synced) {
    EvaluationView run = run(null);
    LOG.info(
        () -> "Assignment rules after directory sync " + synced.runId() + ": " + run.summary());
  }

  private EvaluationView run(Long ruleId) {
    Instant started = Instant.now();
    long start = System.nanoTime();
    int size = settings.evaluationBatch();
    int people = 0;
    int assigned = 0;
    int enrolled = 0;
    int removed = 0;
    int withdrawn = 0;
    int count = 0;
    String after = "";
    AssignmentBatches.Range range;
    while ((range = batches.nextRange(after, size)) != null) {
      AssignmentBatches.Outcome outcome = batches.evaluate(ruleId, after, range.last());
      people += range.people();
      assigned += outcome.assigned();
      enrolled += outcome.enrolled();
      removed += outcome.removed();
      withdrawn += outcome.withdrawn();
      count++;
      after = range.last();
    }
    return new EvaluationView(
        started,
        people,
        assigned,
        enrolled,
        removed,
        withdrawn,
        count,
        (System.nanoTime() - start) / 1_000_000);
  }
}
