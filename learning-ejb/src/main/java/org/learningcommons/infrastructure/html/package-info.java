/** Rich text from people (posts, announcements, articles), cleaned on the server. */
package org.learningcommons.infrastructure.html;
