/**
 * The home stream: new threads, replies and accepted answers from the caller's communities and from
 * the colleagues they follow, newest first, paged by keyset.
 */
package org.learningcommons.stream;
