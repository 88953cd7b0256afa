package org.learningcommons.infrastructure.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks a request body record against its constraints by hand, for the same reason as {@link
 * InvalidParameterException}: {@code @Valid} on a resource parameter breaks Payara's OpenAPI
 * generator. A missing body is checked as an empty object, so the answer names the required fields.
 */
@ApplicationScoped
public class Inputs {

  @Inject Validator validator;

  public <T> T valid(T input, Supplier<T> empty) {
    T checked = input == null ? empty.get() : input;
    Set<ConstraintViolation<T>> violations = validator.validate(checked);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return checked;
  }
}
