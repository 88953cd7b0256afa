/** Course pages: the catalogue, a course, a lesson or quiz, and the course editor. */
package org.learningcommons.learning.web;
