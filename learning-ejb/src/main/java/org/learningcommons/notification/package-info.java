/**
 * The notification centre: {@link org.learningcommons.notification.NotificationCentre} takes a
 * {@link org.learningcommons.notification.Notice} from any capability inside that capability's
 * transaction, applies each recipient's preference, and writes the bell's notifications and the
 * e-mails to send. {@link org.learningcommons.notification.MyNotifications} is what a person does
 * with their own notifications; {@link org.learningcommons.notification.NotificationDigest} sends
 * the digest e-mails.
 */
package org.learningcommons.notification;
