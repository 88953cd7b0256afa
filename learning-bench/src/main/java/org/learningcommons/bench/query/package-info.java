/**
 * Query timers: the application's statements run straight on a generated dataset under {@code
 * EXPLAIN (ANALYZE, BUFFERS)}, to show server-side targets without a running application. See
 * docs/benchmarks.md.
 */
package org.learningcommons.bench.query;
