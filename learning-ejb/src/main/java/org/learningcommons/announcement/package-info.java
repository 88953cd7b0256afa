/**
 * The use cases of announcements: publishing to an audience, finding one's own announcements,
 * reading and acknowledging them. The domain rules live in the entities of the same package in
 * learning-domain; this package adds the caller, the database and the notifications.
 */
package org.learningcommons.announcement;
