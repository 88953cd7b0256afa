/** People in the REST API: the signed-in person, the staff directory, the directory sync. */
package org.learningcommons.people.api;
