/**
 * Pages of the feed context: "My feeds" (feed tokens and feed addresses) and the announcements
 * widget that the intranet portal shows in an iframe, with its configurable frame ancestors.
 */
package org.learningcommons.feed.web;
