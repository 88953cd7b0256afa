package org.learningcommons.learning;

/** A rule as saved, and what evaluating it did at once. */
public record RuleSaved(RuleView rule, EvaluationView evaluation) {}
