/**
 * The corporate directory over LDAP (OpenLDAP, Active Directory, any LDAPv3 server) with the
 * UnboundID SDK: a connection pool with failover and timeouts, escaped filters, paged searches.
 */
package org.learningcommons.infrastructure.ldap;
