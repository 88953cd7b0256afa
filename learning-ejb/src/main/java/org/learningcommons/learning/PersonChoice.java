package org.learningcommons.learning;

import java.io.Serializable;

/** A person to choose in a form (a manager's reports). */
public record PersonChoice(String username, String displayName) implements Serializable {}
