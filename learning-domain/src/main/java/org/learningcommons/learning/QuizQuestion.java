package org.learningcommons.learning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.learningcommons.shared.Checks;

/**
 * A question of a quiz with its options. Single-choice and true/false questions have exactly one
 * right option, multiple-choice ones at least one. An answer is the set of option positions the
 * learner chose; it is right when it is exactly the set of right options.
 */
@Entity
@Table(name = "quiz_question")
public class QuizQuestion {

  public static final int MAX_TEXT = 2_000;
  public static final int MAX_OPTIONS = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private QuestionKind kind;

  @Column(nullable = false, length = MAX_TEXT)
  private String text;

  @ElementCollection
  @CollectionTable(name = "quiz_option", joinColumns = @JoinColumn(name = "question_id"))
  @OrderColumn(name = "position")
  private List<QuizOption> options = new ArrayList<>();

  protected QuizQuestion() {}

  public QuizQuestion(
      CourseItem quiz, int position, QuestionKind kind, String text, List<QuizOption> options) {
    if (quiz.getKind() != ItemKind.QUIZ) {
      throw new IllegalArgumentException("Questions belong to a quiz");
    }
    this.itemId = quiz.getId();
    this.position = position;
    rewrite(kind, text, options);
  }

  /** Replaces the question and its options. */
  public void rewrite(QuestionKind kind, String text, List<QuizOption> options) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.text = Checks.requireText(text, "question", MAX_TEXT);
    List<QuizOption> given = List.copyOf(Objects.requireNonNull(options, "options"));
    if (given.size() < 2 || given.size() > MAX_OPTIONS) {
      throw new IllegalArgumentException("A question has 2 to " + MAX_OPTIONS + " options");
    }
    if (kind == QuestionKind.TRUE_FALSE && given.size() != 2) {
      throw new IllegalArgumentException("A true/false question has exactly two options");
    }
    long right = given.stream().filter(QuizOption::isCorrect).count();
    if (kind == QuestionKind.MULTIPLE ? right < 1 : right != 1) {
      throw new IllegalArgumentException(
          kind == QuestionKind.MULTIPLE
              ? "A multiple-choice question has at least one right option"
              : "This question has exactly one right option");
    }
    this.options = new ArrayList<>(given);
  }

  /**
   * Whether the chosen option positions are exactly the right ones.
   *
   * @throws IllegalArgumentException when a position names no option, or a single-choice question
   *     gets more than one
   */
  public boolean isAnsweredBy(Set<Integer> chosen) {
    Set<Integer> answer = chosen == null ? Set.of() : chosen;
    for (Integer position : answer) {
      if (position == null || position < 0 || position >= options.size()) {
        throw new IllegalArgumentException("No such option: " + position);
      }
    }
    if (kind != QuestionKind.MULTIPLE && answer.size() > 1) {
      throw new IllegalArgumentException("This question takes one answer");
    }
    Set<Integer> right = new HashSet<>();
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).isCorrect()) {
        right.add(i);
      }
    }
    return right.equals(answer);
  }

  public void moveTo(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public long getItemId() {
    return itemId;
  }

  public int getPosition() {
    return position;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public List<QuizOption> getOptions() {
    return List.copyOf(options);
  }
}
