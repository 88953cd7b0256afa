/**
 * Knowledge articles as use cases: writing and submitting drafts, the editors' review (HR and
 * administrators), reading, searching, history with diffs, comments, helpful marks, out-of-date
 * flags and the periodic review-due notice to owners. Access is decided in {@link
 * org.learningcommons.article.ArticleGate}: an unpublished article is not found by anybody but its
 * author, its owner and the editors.
 */
package org.learningcommons.article;
