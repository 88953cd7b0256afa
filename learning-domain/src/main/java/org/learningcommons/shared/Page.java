package org.learningcommons.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the size of the whole list. */
public record Page<T>(List<T> items, long total, int offset) {

  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), total, offset);
  }

  public boolean hasMore() {
    return offset + items.size() < total;
  }
}
