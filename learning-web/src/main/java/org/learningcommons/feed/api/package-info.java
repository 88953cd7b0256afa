/**
 * Feeds for the intranet portal and feed readers: the Atom feed of one's announcements and the REST
 * resource for one's feed tokens.
 */
package org.learningcommons.feed.api;
