package org.learningcommons.people;

/**
 * A directory sync run stored its changes (fired after its transaction committed), so that other
 * capabilities can bring what depends on the directory up to date, such as mandatory training.
 */
public record DirectorySynced(long runId) {}
