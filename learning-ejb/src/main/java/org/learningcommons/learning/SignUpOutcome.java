package org.learningcommons.learning;

/**
 * What a sign-up did.
 *
 * @param created false when the caller was on the session already (nothing changed)
 */
public record SignUpOutcome(BookingView booking, boolean created) {}
