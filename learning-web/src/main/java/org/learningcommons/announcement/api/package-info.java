/**
 * Announcements in the REST API: the caller's announcements, reading and acknowledging one, and
 * publishing. The announcement use cases decide who may publish and who sees what.
 */
package org.learningcommons.announcement.api;
