/**
 * Discussion inside communities: threads (discussions and questions), posts with one level of
 * nested replies, edit history, attachments and reports for moderators.
 */
package org.learningcommons.discussion;
