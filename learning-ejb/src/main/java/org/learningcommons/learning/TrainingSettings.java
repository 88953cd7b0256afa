package org.learningcommons.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Batch sizes of rule evaluation and the training timers, and when the timers remind. */
@ApplicationScoped
public class TrainingSettings {

  @Inject
  @ConfigProperty(name = "ASSIGNMENT_EVALUATION_BATCH", defaultValue = "5000")
  int evaluationBatch;

  @Inject
  @ConfigProperty(name = "TRAINING_TIMER_INTERVAL", defaultValue = "PT5M")
  Duration interval;

  @Inject
  @ConfigProperty(name = "TRAINING_REMINDER_LEAD", defaultValue = "P7D")
  Duration reminderLead;

  @Inject
  @ConfigProperty(name = "TRAINING_TIMER_BATCH", defaultValue = "1000")
  int timerBatch;

  /** People per evaluation transaction. */
  public int evaluationBatch() {
    if (evaluationBatch < 1 || evaluationBatch > 50_000) {
      throw new IllegalStateException("ASSIGNMENT_EVALUATION_BATCH must be between 1 and 50000");
    }
    return evaluationBatch;
  }

  /** How often the training timers look for due work; at least ten seconds. */
  public Duration interval() {
    if (interval.compareTo(Duration.ofSeconds(10)) < 0) {
      throw new IllegalStateException("TRAINING_TIMER_INTERVAL must be at least ten seconds");
    }
    return interval;
  }

  /** How long before the due date the reminder goes. */
  public Duration reminderLead() {
    if (reminderLead.isNegative() || reminderLead.isZero()) {
      throw new IllegalStateException("TRAINING_REMINDER_LEAD must be positive");
    }
    return reminderLead;
  }

  /** Enrolments or completions per timer transaction. */
  public int timerBatch() {
    if (timerBatch < 1 || timerBatch > 10_000) {
      throw new IllegalStateException("TRAINING_TIMER_BATCH must be between 1 and 10000");
    }
    return timerBatch;
  }
}
