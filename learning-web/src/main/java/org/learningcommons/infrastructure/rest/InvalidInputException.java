package org.learningcommons.infrastructure.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A request body that breaks the documented rules, with every wrong field named. Request records
 * check themselves with {@link Check} rather than Bean Validation annotations, because Payara's
 * OpenAPI generator fails on constraint annotations in the classes it scans (resource parameters
 * and request records alike).
 */
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem.FieldError> errors;

  private InvalidInputException(List<Problem.FieldError> errors) {
    super("The request is not valid.");
    this.errors = List.copyOf(errors);
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  public static Check check() {
    return new Check();
  }

  /** Collects the errors of one body; {@link #done()} throws if there are any. */
  public static final class Check {
    private final List<Problem.FieldError> errors = new ArrayList<>();

    public Check required(String field, String value, int max) {
      if (value == null || value.isBlank()) {
        errors.add(new Problem.FieldError(field, "must not be blank"));
      } else {
        optional(field, value, max);
      }
      return this;
    }

    public Check optional(String field, String value, int max) {
      if (value != null && value.length() > max) {
        errors.add(new Problem.FieldError(field, "must be at most " + max + " characters"));
      }
      return this;
    }

    public Check oneOf(String field, String value, boolean required, Set<String> allowed) {
      if ((value == null && required) || (value != null && !allowed.contains(value))) {
        errors.add(
            new Problem.FieldError(
                field, "must be one of " + String.join(", ", allowed.stream().sorted().toList())));
      }
      return this;
    }

    public Check items(String field, List<?> values, int max) {
      if (values != null && values.size() > max) {
        errors.add(new Problem.FieldError(field, "must have at most " + max + " items"));
      }
      if (values != null && values.contains(null)) {
        errors.add(new Problem.FieldError(field, "must not contain null"));
      }
      return this;
    }

    public Check rule(boolean broken, String field, String message) {
      if (broken) {
        errors.add(new Problem.FieldError(field, message));
      }
      return this;
    }

    public void done() {
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
    }
  }
}
