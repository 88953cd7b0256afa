package org.learningcommons.article;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.people.DisplayNames;
import org.learningcommons.people.Role;

/**
 * The one place that answers "may the caller see this article". Editors are HR and administrators.
 * An unpublished article that the caller may not see is reported as not found, exactly like one
 * that does not exist.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class ArticleGate {

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @Resource SessionContext context;

  public String caller() {
    return context.getCallerPrincipal().getName();
  }

  /** HR and administrators review, approve and return articles. */
  public boolean callerIsEditor() {
    return context.isCallerInRole(Role.Names.HR) || context.isCallerInRole(Role.Names.ADMIN);
  }

  /** The article if the caller may see it; not found otherwise. */
  public Article article(long id) {
    return guard(em.find(Article.class, id), id);
  }

  /** Like {@link #article(long)}, with the row locked: for steps of the status flow. */
  public Article articleForUpdate(long id) {
    return guard(em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE), id);
  }

  /** A published article, for reading and reacting; not found otherwise, even for its author. */
  public Article published(long id) {
    Article article = em.find(Article.class, id);
    if (article == null || !article.isPublished()) {
      throw new NotFoundException("article", id);
    }
    return article;
  }

  /** Display names of the given people, in one query; people unknown here are left out. */
  public Map<String, String> names(Collection<String> usernames) {
    return DisplayNames.of(em, usernames);
  }

  private Article guard(Article article, long id) {
    if (article == null || !article.isVisibleTo(caller(), callerIsEditor())) {
      throw new NotFoundException("article", id);
    }
    return article;
  }
}
