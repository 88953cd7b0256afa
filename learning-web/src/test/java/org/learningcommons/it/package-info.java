/**
 * Integration tests on Payara Micro with a real PostgreSQL and a real LDAP server (started by
 * {@link org.learningcommons.demo.TestEnvironment}): the API and the browser journeys.
 */
package org.learningcommons.it;
