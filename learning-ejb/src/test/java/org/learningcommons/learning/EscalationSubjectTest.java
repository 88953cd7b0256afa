package org.learningcommons.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationSubjectTest {

  @Test
  void aManagersNoticeNamesTheFirstFiveOverdueReports() {
    assertEquals("1: Ann (Fire)", TrainingTimerBatches.subject(List.of("Ann (Fire)")));
    assertEquals(
        "6: a, b, c, d, e, …", TrainingTimerBatches.subject(List.of("a", "b", "c", "d", "e", "f")));
  }
}
