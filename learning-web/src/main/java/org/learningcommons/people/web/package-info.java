/** People pages: home ("My Commons"), my profile, the staff directory, a person's profile. */
package org.learningcommons.people.web;
