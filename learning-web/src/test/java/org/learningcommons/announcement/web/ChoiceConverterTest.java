package org.learningcommons.announcement.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.Test;

class ChoiceConverterTest {

  private final ChoiceConverter converter = new ChoiceConverter();

  @Test
  void aChoiceKeepsItsValueAndLabelThroughThePage() {
    Choice choice = new Choice("jürgen.müller", "Jürgen Müller · R&D | Labs");

    String sent = converter.getAsString(null, null, choice);

    assertEquals(choice, converter.getAsObject(null, null, sent));
  }

  @Test
  void nothingChosenIsNoChoice() {
    assertEquals("", converter.getAsString(null, null, null));
    assertNull(converter.getAsObject(null, null, " "));
  }

  @Test
  void aValueWithoutLabelIsRefused() {
    assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "alice"));
  }
}
