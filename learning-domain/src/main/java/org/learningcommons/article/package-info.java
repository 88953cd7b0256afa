/**
 * Knowledge articles: text that an author writes, an editor (HR or an administrator) approves and
 * an owner keeps true. The status flow, the review-by date behind the "verified" badge and the
 * rules about who may do what are pure here, tested without a container; the EJB layer finds
 * people, writes versions, comments, helpful marks and flags, and notifies.
 */
package org.learningcommons.article;
