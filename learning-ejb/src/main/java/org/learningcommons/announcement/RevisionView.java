package org.learningcommons.announcement;

import java.io.Serializable;
import java.time.Instant;

/**
 * The text an announcement had before an edit after publication.
 *
 * @param material whether the editor called the change material
 * @param acknowledgementsReset whether acknowledgements given before the edit stopped counting
 */
public record RevisionView(
    long id,
    String title,
    String body,
    String editedBy,
    Instant editedAt,
    boolean material,
    boolean acknowledgementsReset)
    implements Serializable {

  private static final long serialVersionUID = 1L;
}
