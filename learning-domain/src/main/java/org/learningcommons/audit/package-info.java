/** Audit trail: who did what, when and from where, for security and administrative events. */
package org.learningcommons.audit;
