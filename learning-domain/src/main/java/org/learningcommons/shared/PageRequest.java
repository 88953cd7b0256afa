package org.learningcommons.shared;

/** A window into a sorted list: skip {@code offset} rows, return at most {@code limit}. */
public record PageRequest(int offset, int limit) {

  public static final int MAX_LIMIT = 100;

  public PageRequest {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
  }
}
