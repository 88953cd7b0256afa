package org.learningcommons.reporting;

/**
 * A report filter that cannot be used: a period the wrong way round or too long, a date that is not
 * a date, an unknown department or manager. The message says what is wrong in English (the API
 * answers with it); {@link #field()} names the parameter.
 */
public class InvalidReportFilterException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidReportFilterException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
