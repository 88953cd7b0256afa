/**
 * The publishers' pages of announcements: their list with figures, the acknowledgement report with
 * the people still missing, editing after publication and the history of edits. The EJBs of {@code
 * org.learningcommons.announcement} decide who may see what; these beans only show it.
 */
package org.learningcommons.announcement.publishing;
