package org.learningcommons.announcement.web;

import java.io.Serializable;

/**
 * Something chosen in an autocomplete of the publish form: the value the use case takes (a user
 * name, a community id) and the label a person reads.
 */
public record Choice(String value, String label) implements Serializable {}
