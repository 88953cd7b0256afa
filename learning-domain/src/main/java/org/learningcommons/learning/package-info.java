/**
 * Learning: the course catalogue, course content (modules of lessons and quizzes), enrolments,
 * progress, completions with their validity, and the rules that say when a course is complete and
 * where a person stands on training they must do. The rules are pure here and tested without a
 * container; the EJB layer finds people, checks who may do what, writes and notifies.
 */
package org.learningcommons.learning;
