package org.learningcommons.article;

import java.io.Serializable;
import java.time.Instant;

/** A kept version in the history list. */
public record VersionView(
    int number, String title, String submittedBy, String submittedByName, Instant submittedAt)
    implements Serializable {}
