/**
 * Announcement pages for staff: the list of my announcements with filters, one announcement with
 * its acknowledgement, the home page's banner and box, and the publish form. The announcement use
 * cases decide who sees and publishes what; these beans only show and ask.
 */
package org.learningcommons.announcement.web;
