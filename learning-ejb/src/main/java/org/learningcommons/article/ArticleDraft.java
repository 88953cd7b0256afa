package org.learningcommons.article;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;

/**
 * What an author fills in.
 *
 * @param body HTML as the editor sent it; sanitised before it is stored
 * @param tags free words; stored trimmed and in lower case, each once
 */
public record ArticleDraft(
    @NotNull String title, @NotNull String body, @NotNull String category, List<String> tags)
    implements Serializable {}
