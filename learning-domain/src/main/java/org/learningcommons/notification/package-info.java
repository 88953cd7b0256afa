/**
 * The notification centre's domain: what a person can be notified about, how each person wants to
 * hear about each kind (in the application, by e-mail, in a digest or not at all), and the
 * notifications themselves.
 */
package org.learningcommons.notification;
