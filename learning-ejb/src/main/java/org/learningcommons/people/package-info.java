/**
 * People use cases: signing in against the corporate directory (with throttling and audit), the
 * profile that first sign-in creates, the staff directory and the scheduled directory sync.
 */
package org.learningcommons.people;
