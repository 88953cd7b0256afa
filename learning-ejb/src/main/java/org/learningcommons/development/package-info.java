/**
 * Use cases of the record of development: reading a person's record (completed courses, progress,
 * mandatory training, external learning, CPD hours, goals) in a fixed number of queries, adding and
 * verifying external learning with its evidence, goals and managers' comments, the PDF export and
 * the completion import. Who may see a record is {@link
 * org.learningcommons.learning.LearningGate#maySeeLearningOf(String)}: the person, everyone above
 * them in the reporting line, HR and administrators; for everybody else it does not exist.
 */
package org.learningcommons.development;
