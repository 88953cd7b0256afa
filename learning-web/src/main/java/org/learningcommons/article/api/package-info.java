/** The REST API of knowledge articles and their Atom feed. */
package org.learningcommons.article.api;
