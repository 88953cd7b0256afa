package org.learningcommons.bench.dataset;

import java.nio.file.Path;

/**
 * What a generator run made.
 *
 * @param millis the whole run, planning to commit
 * @param ldif the directory file written, absolute
 * @param journeyData the load journey's ids per person (community, thread, hot thread), absolute
 */
public record Summary(int staff, int departments, long millis, Path ldif, Path journeyData) {}
