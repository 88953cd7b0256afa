package org.learningcommons.announcement;

import java.io.Serializable;

/**
 * Someone in the audience whose acknowledgement is missing (or, for an announcement that asks for
 * none, who has not read it).
 */
public record PendingPerson(String username, String displayName, String department, boolean read)
    implements Serializable {

  private static final long serialVersionUID = 1L;
}
