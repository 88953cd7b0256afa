/**
 * E-mail: the outbox that use cases write mails to in their own transaction, and the timer that
 * sends them through SMTP with Jakarta Mail (the runtime's implementation), with retries.
 */
package org.learningcommons.infrastructure.mail;
