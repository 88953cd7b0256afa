package org.learningcommons.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CourseCatalogueTest {

  @Test
  void everyWordMustBeginAWordOfTheCourse() {
    assertEquals("info:* & sec:*", CourseCatalogue.prefixQuery("Info  sec"));
  }

  @Test
  void nothingTypedBecomesTsquerySyntax() {
    assertEquals("a:* & b:* & c:*", CourseCatalogue.prefixQuery("a & b | !c:*"));
    assertNull(CourseCatalogue.prefixQuery(" &|!() "));
    assertNull(CourseCatalogue.prefixQuery(null));
  }

  @Test
  void repeatedWordsCountOnceAndAtMostEightWordsAreUsed() {
    assertEquals("java:*", CourseCatalogue.prefixQuery("java JAVA java"));
    assertEquals(8, CourseCatalogue.prefixQuery("a b c d e f g h i j").split(" & ").length);
  }

  @Test
  void idListsHoldNumbersOnly() {
    assertEquals("1,22,333", CourseCatalogue.in(List.of(1L, 22L, 333L)));
  }
}
