package org.learningcommons.infrastructure.rest;

/**
 * A query or path parameter out of range. Checked by hand rather than with Bean Validation on the
 * resource parameters, because Payara's OpenAPI generator fails on constraint annotations there.
 */
public class InvalidParameterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String parameter;

  public InvalidParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }

  public static int inRange(String parameter, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidParameterException(parameter, "must be between " + min + " and " + max);
    }
    return value;
  }

  public static String atMost(String parameter, String value, int max) {
    if (value != null && value.length() > max) {
      throw new InvalidParameterException(parameter, "must be at most " + max + " characters");
    }
    return value;
  }
}
