package org.learningcommons.bench.dataset;

import java.nio.file.Path;

/**
 * What a generator run made.
 *
 * @param millis the whole run, planning to commit
 * @param ldif the directory file written, absolute
 */
public record Summary(int staff, int departments, long millis, Path ldif) {}
