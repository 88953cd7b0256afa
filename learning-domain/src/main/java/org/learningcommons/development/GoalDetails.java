package org.learningcommons.development;

import java.time.LocalDate;

/**
 * What a person writes about a development goal.
 *
 * @param description plain text, optional
 * @param targetDate when they mean to reach it, optional
 */
public record GoalDetails(String title, String description, LocalDate targetDate) {}
