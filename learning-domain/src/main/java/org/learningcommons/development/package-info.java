/**
 * The record of development: learning a person did outside the catalogue (with evidence and an
 * optional verification by their manager), their development goals with managers' comments, and the
 * rule that adds up a year's CPD hours. Completed courses and mandatory training come from the
 * {@code learning} context; this package adds what the person brings themselves.
 */
package org.learningcommons.development;
