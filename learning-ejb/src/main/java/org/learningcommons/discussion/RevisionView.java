package org.learningcommons.discussion;

import java.io.Serializable;
import java.time.Instant;

/** An earlier text of a post (and the thread title it had, for an opening post). */
public record RevisionView(String body, String title, String editedBy, Instant editedAt)
    implements Serializable {}
