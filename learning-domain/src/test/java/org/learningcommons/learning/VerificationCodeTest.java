package org.learningcommons.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

  @Test
  void randomCodesHaveThreeGroupsAndDiffer() {
    VerificationCode code = VerificationCode.random();
    assertTrue(code.value().matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"));
    assertNotEquals(code, VerificationCode.random());
  }

  @Test
  void typedCodesAreReadForgivingly() {
    assertEquals(
        Optional.of(new VerificationCode("7KQ2-M9XD-4HRT")),
        VerificationCode.parse(" 7kq2 m9xd-4hrt "));
    assertEquals(
        Optional.of(new VerificationCode("10Q2-M9XD-4HRT")),
        VerificationCode.parse("IOQ2M9XD4HRT"));
    assertEquals(Optional.empty(), VerificationCode.parse("7KQ2-M9XD"));
    assertEquals(Optional.empty(), VerificationCode.parse("UUUU-UUUU-UUUU"));
    assertEquals(Optional.empty(), VerificationCode.parse(null));
  }
}
