/** Web-tier plumbing shared by all pages: messages from the resource bundle, the locale, time. */
package org.learningcommons.infrastructure.web;
