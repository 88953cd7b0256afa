package org.learningcommons.article;

import java.io.Serializable;

/**
 * The helpful count after the caller's mark.
 *
 * @param counted false when the caller had marked it before (it counts once)
 */
public record HelpfulView(long articleId, int helpfulCount, boolean counted)
    implements Serializable {}
