/**
 * Feeds for the intranet portal and feed readers: personal, revocable feed tokens that open a
 * person's Atom feeds without their directory password.
 */
package org.learningcommons.feed;
