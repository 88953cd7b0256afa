/** The caller's home stream in the REST API, paged by keyset. */
package org.learningcommons.stream.api;
