/** The article pages: list and search, reading, writing, the editors' queue and the history. */
package org.learningcommons.article.web;
