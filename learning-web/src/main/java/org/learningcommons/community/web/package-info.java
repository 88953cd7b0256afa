/**
 * Community pages: the directory, creating and describing a community, a community's page with its
 * threads, its members and its moderation queue. Permissions are decided by the EJBs; the pages
 * only hide what the {@link org.learningcommons.community.CommunityView} says is not allowed.
 */
package org.learningcommons.community.web;
