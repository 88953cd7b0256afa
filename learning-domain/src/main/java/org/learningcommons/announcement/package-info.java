/**
 * Announcements: what HR, administrators and community moderators tell staff, to whom (the
 * audience), when (publish-at and expire-at), and who has read and acknowledged it. The rules here
 * are pure so that they are tested without a container; the EJB layer resolves people and counts.
 */
package org.learningcommons.announcement;
