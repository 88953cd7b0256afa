package org.learningcommons.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.learningcommons.shared.Checks;

/** One answer a quiz question offers, and whether it is right. */
@Embeddable
public class QuizOption {

  public static final int MAX_TEXT = 1_000;

  @Column(nullable = false, length = MAX_TEXT)
  private String text;

  @Column(nullable = false)
  private boolean correct;

  protected QuizOption() {}

  public QuizOption(String text, boolean correct) {
    this.text = Checks.requireText(text, "option", MAX_TEXT);
    this.correct = correct;
  }

  public String getText() {
    return text;
  }

  public boolean isCorrect() {
    return correct;
  }
}
