package org.learningcommons.learning;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the verification of a code tells: whose certificate it is, for which course, and whether it
 * still counts. No ids, so that a code leads to nothing else.
 */
public record VerificationView(
    String code,
    String personName,
    String courseTitle,
    Instant completedAt,
    Instant validUntil,
    boolean valid)
    implements Serializable {}
