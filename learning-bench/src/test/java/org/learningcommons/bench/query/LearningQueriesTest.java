package org.learningcommons.bench.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearningQueriesTest {

  private static Map<String, String> values() {
    Map<String, String> values =
        new java.util.HashMap<>(
            new LearningQueries.Learner("u000123", "Sales 2", 17, 345, "data").values());
    values.put("category", LearningQueries.literal("Health and Safety"));
    values.put("tag", LearningQueries.literal("safety"));
    values.put("ids", "1,2,3");
    return values;
  }

  @Test
  void everyStatementOfEveryPageIsBoundToTheLearnerTheirCourseAndLesson() {
    for (LearningQueries.Page page :
        List.of(
            LearningQueries.SEARCH,
            LearningQueries.CATEGORY,
            LearningQueries.TAG,
            LearningQueries.COURSE_PAGE,
            LearningQueries.LESSON_PAGE,
            LearningQueries.RECORD,
            LearningQueries.RECORD_ALL,
            LearningQueries.RECORD_PROGRESS_AS_ONE_JOIN)) {
      for (String statement : page.statements().values()) {
        String sql = LearningQueries.bind(statement, values());
        assertFalse(sql.contains("{"), sql);
      }
    }
    String search = LearningQueries.bind(LearningQueries.SEARCH_PAGE, values());
    assertTrue(search.contains("to_tsquery('simple', 'data:*')"), search);
    assertTrue(search.contains("c.owner = 'u000123'"), search);
    assertTrue(search.contains("a.department = 'Sales 2'"), search);
    assertTrue(search.endsWith("offset 0 limit 20"), search);
    assertTrue(
        LearningQueries.bind(LearningQueries.LESSON, values())
            .contains("i.id = 345 and i.course_id = 17"));
  }

  @Test
  void anUnboundParameterIsRefusedAndQuotesAreEscaped() {
    assertThrows(
        IllegalArgumentException.class,
        () -> LearningQueries.bind(LearningQueries.RECORD_COMPLETIONS, Map.of()));
    assertTrue(LearningQueries.literal("O'Neil").equals("'O''Neil'"));
  }
}
