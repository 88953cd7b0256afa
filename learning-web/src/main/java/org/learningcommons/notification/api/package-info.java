/** The notification centre's REST resources: my notifications and preferences, and the digest. */
package org.learningcommons.notification.api;
