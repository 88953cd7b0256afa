/**
 * Configuration: MicroProfile Config keys (environment variables override) and the startup check.
 */
package org.learningcommons.infrastructure.config;
