/** The notification centre's pages: the bell in the header, my notifications, my settings. */
package org.learningcommons.notification.web;
