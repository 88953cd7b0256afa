package org.learningcommons.development;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a person says about learning done elsewhere.
 *
 * @param hours learning time, more than 0 and at most {@link ExternalLearning#MAX_HOURS}; kept to
 *     the minute
 */
public record ExternalLearningDetails(
    String title, String provider, LocalDate completedOn, BigDecimal hours) {}
