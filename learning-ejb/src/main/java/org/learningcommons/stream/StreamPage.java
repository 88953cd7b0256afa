package org.learningcommons.stream;

import java.io.Serializable;
import java.util.List;

/** A slice of the stream; pass {@code nextBefore} to get the older entries (null: no more). */
public record StreamPage(List<StreamItem> items, Long nextBefore) implements Serializable {}
