package org.learningcommons.feed;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.learningcommons.audit.AuditAction;
import org.learningcommons.audit.AuditEvent;
import org.learningcommons.audit.AuditTrail;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.community.RejectedInputException;
import org.learningcommons.people.Role;
import org.learningcommons.people.StaffMember;

/**
 * A person's own feed tokens: create one (the token is shown once), list them, revoke one. Nobody
 * sees or revokes another person's tokens: those read as not found.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF})
@RolesAllowed(Role.Names.STAFF)
public class FeedTokens {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Resource SessionContext context;
  @Inject AuditTrail audit;

  /**
   * Creates a token with the given name.
   *
   * @throws RejectedInputException when the caller has a token of that name already, or holds
   *     {@link FeedToken#MAX_PER_PERSON} tokens
   */
  public CreatedFeedToken create(@NotBlank @Size(max = FeedToken.MAX_NAME) String name) {
    String me = caller();
    Instant now = Instant.now();
    // Serialises one person's concurrent creations on their profile row, so the limit holds.
    em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
        .setParameter("username", me)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    String trimmed = FeedToken.requireName(name);
    List<FeedToken> mine = tokensOf(me);
    if (mine.size() >= FeedToken.MAX_PER_PERSON) {
      throw new RejectedInputException(
          "tokens",
          "feed.refusal.limit",
          "You hold "
              + FeedToken.MAX_PER_PERSON
              + " feed tokens, the most allowed: revoke one you no longer use first.",
          FeedToken.MAX_PER_PERSON);
    }
    if (mine.stream().anyMatch(t -> t.getName().equalsIgnoreCase(trimmed))) {
      throw new RejectedInputException(
          "name",
          "feed.refusal.nameTaken",
          "You have a feed token of this name already: choose another name.");
    }
    String token = FeedTokenSecret.generate();
    FeedToken feedToken = new FeedToken(me, trimmed, FeedTokenSecret.hash(token), now);
    em.persist(feedToken);
    em.flush();
    audit.record(
        new AuditEvent(
            now,
            me,
            AuditAction.FEED_TOKEN_CREATED,
            "feed token " + feedToken.getId(),
            null,
            trimmed));
    return new CreatedFeedToken(feedToken.getId(), trimmed, now, token);
  }

  /** The caller's tokens, newest first (at most {@link FeedToken#MAX_PER_PERSON}). */
  public List<FeedTokenView> mine() {
    return tokensOf(caller()).stream()
        .map(t -> new FeedTokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt()))
        .toList();
  }

  /**
   * Revokes one of the caller's tokens: feeds read with it answer 401 from now on.
   *
   * @throws NotFoundException when the caller has no token with this id
   */
  public void revoke(long id) {
    String me = caller();
    FeedToken token = em.find(FeedToken.class, id);
    if (token == null || !token.getUsername().equals(me)) {
      throw new NotFoundException("feed token", id);
    }
    em.remove(token);
    audit.record(
        new AuditEvent(
            Instant.now(),
            me,
            AuditAction.FEED_TOKEN_REVOKED,
            "feed token " + id,
            null,
            token.getName()));
  }

  private List<FeedToken> tokensOf(String username) {
    return em.createQuery(
            "select t from FeedToken t where t.username = :me order by t.createdAt desc, t.id desc",
            FeedToken.class)
        .setParameter("me", username)
        .getResultList();
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
