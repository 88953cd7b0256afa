/**
 * Reporting for HR and managers: who may see which people ({@link
 * org.learningcommons.reporting.ReportScope}) and the filters every report takes ({@link
 * org.learningcommons.reporting.ReportFilter}). The figures themselves are SQL aggregations in the
 * EJB module's {@code reporting} package.
 */
package org.learningcommons.reporting;
