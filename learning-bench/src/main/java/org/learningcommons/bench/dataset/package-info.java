/**
 * The seeded dataset generator: plans a fictional organisation for a preset (S, M, L, XL) and a
 * seed, writes the matching directory LDIF and loads the rows into PostgreSQL through the
 * application's own Flyway schema, one {@link org.learningcommons.bench.dataset.DatasetStep} per
 * kind of data. Same preset and seed, same bytes. See docs/benchmarks.md, "Dataset generator".
 */
package org.learningcommons.bench.dataset;
