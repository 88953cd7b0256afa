/**
 * Discussion in the REST API: a community's threads, a thread with its opening post, its replies
 * page by page, starting threads and replying (idempotent with a client-chosen requestId), and
 * locking threads for moderators. The discussion use cases check every access.
 */
package org.learningcommons.discussion.api;
