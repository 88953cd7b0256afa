/** The home page's activity stream and the person's own communities beside it. */
package org.learningcommons.stream.web;
