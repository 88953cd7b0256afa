package org.learningcommons.article;

import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.intValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.discussion.Excerpts;
import org.learningcommons.people.Role;
import org.learningcommons.shared.PageRequest;

/**
 * Finding and reading articles, their history, comments, helpful marks and out-of-date flags. Every
 * member of staff reads published articles; unpublished ones only their author, owner and the
 * editors (see {@link ArticleGate}).
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class ArticleReading {

  private static final int EXCERPT = 300;
  private static final int MAX_WORDS = 10;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB ArticleGate gate;

  /** Where a notification about an article leads. */
  static String link(long id) {
    return "/articles/article.xhtml?id=" + id;
  }

  public long count(@NotNull ArticleSearch search) {
    ListQuery list = new ListQuery(search, gate.caller());
    return longValue(
        list.bind(em.createNativeQuery("select count(*) from article a where " + list.where()))
            .getSingleResult());
  }

  /** Published articles, newest first; or the caller's own, last changed first. */
  public List<ArticleSummary> search(@NotNull ArticleSearch search, @NotNull PageRequest page) {
    ListQuery list = new ListQuery(search, gate.caller());
    String order =
        search.mine()
            ? " order by a.updated_at desc, a.id desc"
            : " order by a.published_at desc, a.id desc";
    return summaries(list.bind(em.createNativeQuery(SUMMARY + list.where() + order)), page);
  }

  /** How many articles wait for an editor. */
  @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
  public long countReviewQueue() {
    return longValue(
        em.createNativeQuery("select count(*) from article a where " + IN_REVIEW)
            .getSingleResult());
  }

  /** The articles waiting for an editor, longest waiting first. */
  @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
  public List<ArticleSummary> reviewQueue(@NotNull PageRequest page) {
    return summaries(
        em.createNativeQuery(SUMMARY + IN_REVIEW + " order by a.submitted_at, a.id"), page);
  }

  /** The categories in use by published articles, for the filter. */
  public List<String> categories() {
    return em.createQuery(
            "select distinct a.category from Article a where a.status = :published"
                + " order by a.category",
            String.class)
        .setParameter("published", ArticleStatus.PUBLISHED)
        .setMaxResults(200)
        .getResultList();
  }

  /** The article with what the caller may do to it; not found when the caller may not see it. */
  public ArticleView article(long id) {
    Article a = gate.article(id);
    String me = gate.caller();
    boolean editor = gate.callerIsEditor();
    boolean owner = a.getOwner().equals(me);
    boolean mine = a.isWrittenOrOwnedBy(me);
    ArticleStatus status = a.getStatus();
    boolean helpful =
        !em.createNativeQuery(
                "select 1 from article_helpful where article_id = ?1 and username = ?2")
            .setParameter(1, id)
            .setParameter(2, me)
            .getResultList()
            .isEmpty();
    int openFlags =
        owner || editor
            ? intValue(
                em.createNativeQuery(
                        "select count(*) from article_flag where article_id = ?1"
                            + " and resolved_at is null")
                    .setParameter(1, id)
                    .getSingleResult())
            : 0;
    Map<String, String> names = gate.names(List.of(a.getAuthor(), a.getOwner()));
    Instant now = Instant.now();
    return new ArticleView(
        a.getId(),
        a.getTitle(),
        a.getBody(),
        a.getCategory(),
        List.copyOf(a.getTags()).stream().sorted().toList(),
        status,
        a.getAuthor(),
        names.getOrDefault(a.getAuthor(), a.getAuthor()),
        a.getOwner(),
        names.getOrDefault(a.getOwner(), a.getOwner()),
        a.getCreatedAt(),
        a.getUpdatedAt(),
        a.getPublishedAt(),
        a.getVerifiedAt(),
        a.getReviewBy(),
        a.badgeAt(now),
        a.getHelpfulCount(),
        helpful,
        a.getCommentCount(),
        a.getVersionCount(),
        mine || editor ? a.getReturnComment() : null,
        openFlags,
        mine || editor ? a.getRevisionStatus() : null,
        (mine || editor) && a.getRevisionStatus() != null ? a.getWorkingTitle() : null,
        (mine || editor) && a.getRevisionStatus() != null ? a.getWorkingBody() : null,
        new ArticleView.Permissions(
            a.isEditable() && mine,
            a.isSubmittable() && mine,
            a.isInReview() && editor && !a.getAuthor().equals(me),
            a.isInReview() && editor,
            status == ArticleStatus.PUBLISHED && (owner || editor),
            owner || editor,
            owner || editor));
  }

  public long countVersions(long id) {
    return gate.article(id).getVersionCount();
  }

  /** The kept versions, newest first. */
  public List<VersionView> versions(long id, @NotNull PageRequest page) {
    gate.article(id);
    List<ArticleVersion> versions =
        em.createQuery(
                "select v from ArticleVersion v where v.articleId = :id order by v.number desc",
                ArticleVersion.class)
            .setParameter("id", id)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    Map<String, String> names = gate.names(versions.stream().map(v -> v.getCreatedBy()).toList());
    return versions.stream()
        .map(
            v ->
                new VersionView(
                    v.getNumber(),
                    v.getTitle(),
                    v.getCreatedBy(),
                    names.getOrDefault(v.getCreatedBy(), v.getCreatedBy()),
                    v.getCreatedAt()))
        .toList();
  }

  /** Version {@code number} compared with the one before it, by the words of their text. */
  public VersionDiff diff(long id, int number) {
    gate.article(id);
    List<ArticleVersion> pair =
        em.createQuery(
                "select v from ArticleVersion v where v.articleId = :id"
                    + " and v.number in (:number, :previous) order by v.number",
                ArticleVersion.class)
            .setParameter("id", id)
            .setParameter("number", number)
            .setParameter("previous", number - 1)
            .getResultList();
    ArticleVersion version =
        pair.stream()
            .filter(v -> v.getNumber() == number)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("version", number));
    ArticleVersion previous = pair.size() == 2 ? pair.get(0) : null;
    return new VersionDiff(
        id,
        number,
        previous == null ? 0 : previous.getNumber(),
        version.getTitle(),
        previous == null ? null : previous.getTitle(),
        TextDiff.between(
            previous == null ? List.of() : lines(previous.getBodyText()),
            lines(version.getBodyText())));
  }

  /** The newest published articles, for the Atom feed. */
  public List<ArticleFeedEntry> latestPublished(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select a.id, a.title, a.body, left(a.body_text, "
                    + EXCERPT
                    + "), coalesce(s.display_name, a.author), a.category, a.published_at,"
                    + " greatest(a.published_at, a.verified_at)"
                    + " from article a left join staff_member s on s.username = a.author"
                    + " where a.status = 'PUBLISHED' order by a.published_at desc, a.id desc")
            .setMaxResults(Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT)))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ArticleFeedEntry(
                    longValue(r[0]),
                    string(r[1]),
                    string(r[2]),
                    string(r[3]),
                    string(r[4]),
                    string(r[5]),
                    instant(r[6]),
                    instant(r[7])))
        .toList();
  }

  /** A first draft or a revision waiting for an editor. */
  private static final String IN_REVIEW =
      "(a.status = 'IN_REVIEW' or a.revision_status = 'IN_REVIEW')";

  private static final String SUMMARY =
      "select a.id, a.title, left(a.body_text, "
          + EXCERPT
          + "), a.category, a.status, a.owner,"
          + " coalesce(s.display_name, a.owner), a.published_at, a.updated_at, a.review_by,"
          + " a.helpful_count, a.comment_count"
          + " from article a left join staff_member s on s.username = a.owner where ";

  /** Rows of {@link #SUMMARY} as summaries, with their tags in one more query. */
  private List<ArticleSummary> summaries(Query query, PageRequest page) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    Map<Long, List<String>> tags = tagsOf(rows.stream().map(r -> longValue(r[0])).toList());
    Instant now = Instant.now();
    List<ArticleSummary> summaries = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      long id = longValue(r[0]);
      ArticleStatus status = ArticleStatus.valueOf(string(r[4]));
      Instant reviewBy = instant(r[9]);
      ReviewBadge badge =
          status != ArticleStatus.PUBLISHED
              ? null
              : reviewBy != null && !now.isBefore(reviewBy)
                  ? ReviewBadge.NEEDS_REVIEW
                  : ReviewBadge.VERIFIED;
      summaries.add(
          new ArticleSummary(
              id,
              string(r[1]),
              Excerpts.of(string(r[2]), 200),
              string(r[3]),
              tags.getOrDefault(id, List.of()),
              status,
              string(r[5]),
              string(r[6]),
              instant(r[7]),
              instant(r[8]),
              reviewBy,
              badge,
              intValue(r[10]),
              intValue(r[11])));
    }
    return summaries;
  }

  private Map<Long, List<String>> tagsOf(List<Long> ids) {
    Map<Long, List<String>> tags = new HashMap<>();
    if (ids.isEmpty()) {
      return tags;
    }
    List<Object[]> rows =
        em.createQuery(
                "select a.id, t from Article a join a.tags t where a.id in :ids order by t",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList();
    for (Object[] row : rows) {
      tags.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
    }
    return tags;
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }

  /** The list's WHERE, built from the criteria with bound parameters only. */
  private static final class ListQuery {
    private final StringBuilder where = new StringBuilder();
    private final Map<Integer, Object> parameters = new LinkedHashMap<>();

    ListQuery(ArticleSearch search, String me) {
      if (search.mine()) {
        int p = add(me);
        where.append("(a.author = ?").append(p).append(" or a.owner = ?").append(p).append(")");
        if (search.status() != null) {
          where.append(" and a.status = ?").append(add(search.status().name()));
        }
      } else {
        where.append("a.status = 'PUBLISHED'");
      }
      String words = prefixQuery(search.text());
      if (words != null) {
        where
            .append(" and a.search_vector @@ to_tsquery('simple', ?")
            .append(add(words))
            .append(")");
      }
      if (search.category() != null && !search.category().isBlank()) {
        where.append(" and a.category = ?").append(add(search.category().strip()));
      }
      if (search.tag() != null && !search.tag().isBlank()) {
        where
            .append(" and exists (select 1 from article_tag t where t.article_id = a.id")
            .append(" and t.tag = ?")
            .append(add(search.tag().strip().toLowerCase(Locale.ROOT)))
            .append(")");
      }
    }

    String where() {
      return where.toString();
    }

    Query bind(Query query) {
      parameters.forEach(query::setParameter);
      return query;
    }

    private int add(Object value) {
      int position = parameters.size() + 1;
      parameters.put(position, value);
      return position;
    }

    /**
     * "vpn mac" as {@code vpn:* & mac:*}: every word must begin a word of the article. Only letters
     * and digits pass, so nothing the user types is tsquery syntax.
     */
    private static String prefixQuery(String text) {
      if (text == null) {
        return null;
      }
      List<String> words = new ArrayList<>();
      for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!word.isEmpty() && words.size() < MAX_WORDS && !Set.copyOf(words).contains(word)) {
          words.add(word + ":*");
        }
      }
      return words.isEmpty() ? null : String.join(" & ", words);
    }
  }
}
