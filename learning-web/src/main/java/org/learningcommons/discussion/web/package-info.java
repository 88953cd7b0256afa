/**
 * Discussion pages: a thread with its replies, the forms that write to it, the moderators' actions,
 * and the servlet that serves attachments to the people who may read them.
 */
package org.learningcommons.discussion.web;
