package org.learningcommons.discussion;

/** A file to send: its name, type and bytes. */
public record FileContent(String fileName, String contentType, byte[] content, boolean image) {}
