/** Audit pages: the administrators' view of the audit trail. */
package org.learningcommons.audit.web;
