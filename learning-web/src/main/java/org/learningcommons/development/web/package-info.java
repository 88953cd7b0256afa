/**
 * The pages of the record of development: a person's record ({@code /development/record.xhtml},
 * {@code ?user=} for managers and HR) with its forms for external learning, evidence, verification,
 * goals and comments, and the team list ({@code /development/team.xhtml}).
 */
package org.learningcommons.development.web;
