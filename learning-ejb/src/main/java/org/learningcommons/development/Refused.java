package org.learningcommons.development;

import org.learningcommons.community.RejectedInputException;

/** Turns the domain's refusals into the refusals the API and the pages report. */
final class Refused {

  private Refused() {}

  /**
   * The input the entity refused; the field is the first word of the domain's message ("title must
   * not be blank").
   */
  static RejectedInputException input(IllegalArgumentException e) {
    String message = e.getMessage() == null ? "The input is not valid." : e.getMessage();
    int space = message.indexOf(' ');
    String field = space < 0 ? "input" : message.substring(0, space);
    String sentence = Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    return new RejectedInputException(field, "refusal.development.input", sentence, sentence);
  }
}
