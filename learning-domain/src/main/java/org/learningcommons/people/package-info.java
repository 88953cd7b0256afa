/**
 * People: staff profiles provisioned from the corporate directory, the rules that keep them in step
 * with it (first-login provisioning, scheduled sync, leavers), sign-in throttling and the mapping
 * of directory groups to application roles.
 */
package org.learningcommons.people;
