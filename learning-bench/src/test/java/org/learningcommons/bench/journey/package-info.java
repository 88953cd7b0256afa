/**
 * The Gatling load journey: a person's visit to Learning Commons, step by step in the order of
 * Moodle's performance journey so that the two compare, run at a fixed arrival rate, as a capacity
 * ramp or as a quick smoke test; plus the summary that turns Gatling's statistics into a markdown
 * table. See docs/benchmarks.md, "Load journey".
 */
package org.learningcommons.bench.journey;
