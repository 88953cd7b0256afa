package org.learningcommons.article;

import java.io.Serializable;
import java.util.List;

/**
 * A version compared with the one before it; version 1 is compared with nothing (all inserted).
 *
 * @param previous the number compared with; 0 for none
 */
public record VersionDiff(
    long articleId,
    int number,
    int previous,
    String title,
    String previousTitle,
    List<DiffLine> lines)
    implements Serializable {}
