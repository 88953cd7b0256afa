package org.learningcommons.learning;

import java.time.Instant;

/**
 * When and where a classroom session takes place, who runs it and how many people it takes.
 *
 * @param trainer the trainer's user name
 */
public record SessionPlan(
    Instant startsAt, Instant endsAt, String place, String trainer, int capacity) {}
