package org.learningcommons.reporting;

/**
 * A team: the people in scope with the same direct manager.
 *
 * @param manager the manager's user name; empty for the people without a manager
 * @param managerName the manager's display name, or null
 * @param teamSize everybody in the team, with or without requirements
 */
public record ComplianceTeam(
    String manager, String managerName, long teamSize, ComplianceFigures figures) {}
