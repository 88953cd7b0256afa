package org.learningcommons.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningcommons.announcement.OverdueBatch.Overdue;

class OverdueBatchTest {

  private static final Overdue ANNA = new Overdue("anna", "Anna Berg", "mike");
  private static final Overdue BEN = new Overdue("ben", "Ben Cole", "mike");
  private static final Overdue CARL = new Overdue("carl", "Carl Dunn", "nora");
  private static final Overdue DORA = new Overdue("dora", "Dora Eck", "nora");
  private static final Overdue ELLA = new Overdue("ella", "Ella Fox", null);

  @Test
  void aBatchThatIsNotFullIsTakenWhole() {
    assertEquals(List.of(ANNA, BEN, CARL), OverdueBatch.wholeGroups(List.of(ANNA, BEN, CARL), 4));
  }

  @Test
  void aFullBatchLeavesTheLastManagersReportsForTheNextSoTheyHearOfThemAtOnce() {
    assertEquals(List.of(ANNA, BEN), OverdueBatch.wholeGroups(List.of(ANNA, BEN, CARL), 3));
  }

  @Test
  void aManagerWhoseReportsFillTheBatchAloneTakesIt() {
    assertEquals(List.of(CARL, DORA), OverdueBatch.wholeGroups(List.of(CARL, DORA), 2));
  }

  @Test
  void eachManagerIsToldOfTheirOwnReportsAndPeopleWithoutAManagerOnlyThemselves() {
    Map<String, List<Overdue>> groups =
        OverdueBatch.byManager(List.of(ANNA, BEN, CARL, DORA, ELLA));

    assertEquals(List.of("mike", "nora"), List.copyOf(groups.keySet()));
    assertEquals(List.of(ANNA, BEN), groups.get("mike"));
    assertEquals(List.of(CARL, DORA), groups.get("nora"));
  }

  @Test
  void theManagersNoticeNamesTheAnnouncementTheCountAndTheFirstFewPeople() {
    assertEquals(
        "Fire drill (2: Anna Berg, Ben Cole)",
        OverdueBatch.subject("Fire drill", List.of(ANNA, BEN)));
    List<Overdue> many = List.of(ANNA, BEN, CARL, DORA, ELLA, new Overdue("fay", "Fay Gil", "m"));
    assertEquals(
        "Fire drill (6: Anna Berg, Ben Cole, Carl Dunn, Dora Eck, Ella Fox, …)",
        OverdueBatch.subject("Fire drill", many));
  }
}
