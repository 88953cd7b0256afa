/** Reading the audit trail (writing happens in the use cases that are audited). */
package org.learningcommons.audit;
