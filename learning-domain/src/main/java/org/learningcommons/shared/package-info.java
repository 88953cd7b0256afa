/** Small value types that every context uses: paging requests and pages of results. */
package org.learningcommons.shared;
