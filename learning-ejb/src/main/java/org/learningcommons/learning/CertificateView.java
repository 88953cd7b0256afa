package org.learningcommons.learning;

import java.io.Serializable;
import java.time.Instant;

/**
 * A certificate: one completion, as its page, its PDF and the API show it.
 *
 * @param validUntil null when it never expires
 * @param valid whether it still counts now
 * @param verificationUrl where anyone in the intranet checks the code
 */
public record CertificateView(
    long id,
    String username,
    String personName,
    long courseId,
    String courseTitle,
    Instant completedAt,
    int minutes,
    Instant validUntil,
    boolean valid,
    CompletionSource source,
    String verificationCode,
    String verificationUrl)
    implements Serializable {}
