package org.learningcommons.development.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningcommons.development.DevelopmentGoal;
import org.learningcommons.development.ExternalLearning;
import org.learningcommons.development.ExternalLearningDetails;
import org.learningcommons.development.GoalComment;
import org.learningcommons.development.GoalDetails;
import org.learningcommons.development.GoalStatus;
import org.learningcommons.infrastructure.rest.InvalidInputException;

/** The request bodies of the development API, each checking itself. */
public final class DevelopmentInputs {

  private DevelopmentInputs() {}

  /**
   * The body of {@code POST /me/external-learning} and {@code PUT /me/external-learning/{id}}.
   *
   * @param verify on POST: ask the direct manager to verify the entry
   */
  public record ExternalLearningInput(
      String title, String provider, LocalDate completedOn, BigDecimal hours, Boolean verify) {

    ExternalLearningDetails checked() {
      InvalidInputException.check()
          .required("title", title, ExternalLearning.MAX_TITLE)
          .required("provider", provider, ExternalLearning.MAX_PROVIDER)
          .rule(completedOn == null, "completedOn", "must be a date like 2026-03-31")
          .rule(hours == null, "hours", "must be a number of hours")
          .done();
      return new ExternalLearningDetails(title, provider, completedOn, hours);
    }

    boolean verifyRequested() {
      return Boolean.TRUE.equals(verify);
    }
  }

  /** The body of {@code POST /external-learning/{id}/verification}. */
  public record VerificationInput(String decision, String comment) {

    static final Set<String> DECISIONS = Set.of("VERIFIED", "DECLINED");

    boolean verified() {
      InvalidInputException.check()
          .oneOf("decision", decision, true, DECISIONS)
          .optional("comment", comment, ExternalLearning.MAX_COMMENT)
          .rule(
              "DECLINED".equals(decision) && (comment == null || comment.isBlank()),
              "comment",
              "must say why when declining")
          .done();
      return "VERIFIED".equals(decision);
    }
  }

  /** The body of {@code POST /me/goals} and {@code PUT /me/goals/{id}}. */
  public record GoalInput(String title, String description, LocalDate targetDate) {

    GoalDetails checked() {
      InvalidInputException.check()
          .required("title", title, DevelopmentGoal.MAX_TITLE)
          .optional("description", description, DevelopmentGoal.MAX_DESCRIPTION)
          .done();
      return new GoalDetails(title, description, targetDate);
    }
  }

  /** The body of {@code PUT /me/goals/{id}/status}. */
  public record GoalStatusInput(String status) {

    GoalStatus checked() {
      InvalidInputException.check()
          .oneOf(
              "status",
              status,
              true,
              Arrays.stream(GoalStatus.values()).map(Enum::name).collect(Collectors.toSet()))
          .done();
      return GoalStatus.valueOf(status);
    }
  }

  /** The body of {@code POST /goals/{id}/comments}. */
  public record GoalCommentInput(String body) {

    String checked() {
      InvalidInputException.check().required("body", body, GoalComment.MAX_BODY).done();
      return body;
    }
  }

  /** The body of {@code PUT /people/{username}/cpd-target}: hours, or null for the default. */
  public record CpdTargetInput(Integer hours) {}

  /** A new thing's id, with its Location header. */
  public record CreatedDto(long id) {}
}
