/**
 * Communities: spaces where staff discuss and share knowledge, who belongs to them in which role,
 * and the rules that decide who may see, read, post, moderate and manage a community.
 */
package org.learningcommons.community;
