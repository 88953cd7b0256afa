/**
 * Sign-in for the web tier: the authentication mechanism (login page session, HTTP Basic for the
 * API), the login and logout actions, and the signed-in person as pages see them.
 */
package org.learningcommons.infrastructure.security;
