package org.learningcommons.learning.api;

import static org.learningcommons.infrastructure.rest.InvalidParameterException.inRange;

import java.util.Arrays;
import java.util.Locale;
import org.learningcommons.infrastructure.rest.InvalidParameterException;
import org.learningcommons.shared.PageRequest;

/** Query parameters of the mandatory-training API, checked into a field error each. */
final class TrainingParameters {

  private TrainingParameters() {}

  static PageRequest page(int offset, int limit) {
    return new PageRequest(
        inRange("offset", offset, 0, Integer.MAX_VALUE),
        inRange("limit", limit, 1, PageRequest.MAX_LIMIT));
  }

  /** The enum constant named by {@code value} (any case), or null when blank. */
  static <E extends Enum<E>> E constant(String parameter, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
