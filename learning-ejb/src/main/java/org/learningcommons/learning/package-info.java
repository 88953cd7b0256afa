/**
 * Learning use cases: the catalogue and course authoring, learners' progress and quizzes, enrolment
 * and mandatory training, classroom sessions, completions and certificates. {@link
 * org.learningcommons.learning.LearningGate} answers who may see and change what; {@link
 * org.learningcommons.learning.CompletionRecorder} is the one way a completion is written.
 */
package org.learningcommons.learning;
