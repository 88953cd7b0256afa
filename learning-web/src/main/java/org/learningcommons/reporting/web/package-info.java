/** The report pages: filters, charts beside lazy tables, exports, saved views and schedules. */
package org.learningcommons.reporting.web;
