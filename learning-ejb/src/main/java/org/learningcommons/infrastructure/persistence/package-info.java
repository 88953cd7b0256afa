/**
 * The database: the application's data source, Flyway migrations applied at startup before JPA is
 * used, and the JPA implementations of the domain's repositories.
 */
package org.learningcommons.infrastructure.persistence;
