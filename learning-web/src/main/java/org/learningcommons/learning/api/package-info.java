/**
 * The learning API under {@code /api/v1}: the course catalogue, courses and their content, learner
 * progress, quiz attempts and reviews, and the authoring of courses.
 */
package org.learningcommons.learning.api;
