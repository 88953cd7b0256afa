/**
 * Communities in the REST API: the directory, creating a community, its header, joining and
 * leaving, deciding requests to join, and the Atom feed of open communities. Every answer comes
 * from the community use cases, which check the caller's access; nothing here decides who may see
 * what.
 */
package org.learningcommons.community.api;
