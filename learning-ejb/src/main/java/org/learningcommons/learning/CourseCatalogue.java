package org.learningcommons.learning;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.learningcommons.community.NotPermittedException;
import org.learningcommons.learning.CourseViews.CourseSummary;
import org.learningcommons.people.Role;
import org.learningcommons.shared.Page;
import org.learningcommons.shared.PageRequest;

/**
 * The course catalogue: published courses the caller may take (everyone's, or their department's),
 * found by words, category, tag and format, by title. A page costs a fixed number of statements
 * (count, rows, their tags, the caller's enrolments), whatever its length.
 */
@Stateless
@DeclareRoles({Role.Names.STAFF, Role.Names.HR, Role.Names.ADMIN})
@RolesAllowed(Role.Names.STAFF)
public class CourseCatalogue {

  private static final int MAX_WORDS = 8;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;

  /** One page of matching courses and how many match in all. */
  public Page<CourseSummary> search(@NotNull CourseQuery query, @NotNull PageRequest page) {
    return new Page<>(list(query, page), count(query), page.offset());
  }

  public long count(@NotNull CourseQuery query) {
    Where where = where(query);
    Query count = em.createNativeQuery("select count(*) from course c where " + where.sql);
    return longValue(where.bind(count).getSingleResult());
  }

  public List<CourseSummary> list(@NotNull CourseQuery query, @NotNull PageRequest page) {
    Where where = where(query);
    Query select =
        em.createNativeQuery(
            "select c.id, c.title, c.summary, c.category, c.duration_minutes, c.format, c.status,"
                + " c.self_enrol, c.rating_count, c.rating_sum, c.owner from course c where "
                + where.sql
                + " order by lower(c.title), c.id offset "
                + page.offset()
                + " limit "
                + page.limit());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = where.bind(select).getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(r -> longValue(r[0])).toList();
    Map<Long, List<String>> tags = tags(ids);
    Map<Long, EnrolmentStatus> mine = enrolments(ids);
    List<CourseSummary> result = new ArrayList<>();
    for (Object[] r : rows) {
      long id = longValue(r[0]);
      int ratings = intValue(r[8]);
      result.add(
          new CourseSummary(
              id,
              string(r[1]),
              string(r[2]),
              string(r[3]),
              tags.getOrDefault(id, List.of()),
              intValue(r[4]),
              CourseFormat.valueOf(string(r[5])),
              CourseStatus.valueOf(string(r[6])),
              (Boolean) r[7],
              ratings == 0 ? 0 : (double) intValue(r[9]) / ratings,
              ratings,
              string(r[10]),
              mine.get(id)));
    }
    return result;
  }

  /** The categories of the courses in the catalogue, for the filter. */
  public List<String> categories() {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "select distinct category from course where status = 'PUBLISHED'"
                    + " order by category limit 200")
            .getResultList();
    return rows.stream().map(Object::toString).toList();
  }

  private Map<Long, List<String>> tags(List<Long> ids) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select course_id, tag from course_tag where course_id in ("
                    + in(ids)
                    + ") order by course_id, tag")
            .getResultList();
    Map<Long, List<String>> tags = new HashMap<>();
    for (Object[] r : rows) {
      tags.computeIfAbsent(longValue(r[0]), k -> new ArrayList<>()).add(string(r[1]));
    }
    return tags;
  }

  /** The caller's enrolment per course: the active one, else the latest. */
  private Map<Long, EnrolmentStatus> enrolments(List<Long> ids) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select distinct on (course_id) course_id, status from enrolment"
                    + " where username = ?1 and course_id in ("
                    + in(ids)
                    + ")"
                    + " order by course_id, (status = 'ACTIVE') desc, enrolled_at desc")
            .setParameter(1, gate.caller())
            .getResultList();
    Map<Long, EnrolmentStatus> result = new HashMap<>();
    for (Object[] r : rows) {
      result.put(longValue(r[0]), EnrolmentStatus.valueOf(string(r[1])));
    }
    return result;
  }

  /** Ids for an {@code in (...)} list; numbers only, so nothing typed reaches the SQL. */
  static String in(List<Long> ids) {
    return String.join(",", ids.stream().map(String::valueOf).toList());
  }

  private Where where(CourseQuery query) {
    Where where = new Where();
    String me = gate.caller();
    boolean hr = gate.callerIsHr();
    if (query.mine()) {
      where.sql.append("c.owner = ?").append(where.add(me));
      if (query.status() != null) {
        where.sql.append(" and c.status = ?").append(where.add(query.status().name()));
      }
    } else if (query.status() != null && query.status() != CourseStatus.PUBLISHED) {
      if (!hr) {
        throw new NotPermittedException(
            "refusal.course.statusFilter",
            "Only HR and administrators list drafts and retired courses of others.");
      }
      where.sql.append("c.status = ?").append(where.add(query.status().name()));
    } else {
      where.sql.append("c.status = 'PUBLISHED'");
      if (!hr) {
        where
            .sql
            .append(" and (c.owner = ?")
            .append(where.add(me))
            .append(
                " or not exists (select 1 from course_audience_department a"
                    + " where a.course_id = c.id)");
        String department = gate.callerDepartment();
        if (department != null) {
          where
              .sql
              .append(
                  " or exists (select 1 from course_audience_department a where a.course_id = c.id"
                      + " and a.department = ?")
              .append(where.add(department))
              .append(")");
        }
        where.sql.append(")");
      }
    }
    String words = prefixQuery(query.text());
    if (words != null) {
      where
          .sql
          .append(" and c.search_vector @@ to_tsquery('simple', ?")
          .append(where.add(words))
          .append(")");
    }
    if (query.category() != null && !query.category().isBlank()) {
      where.sql.append(" and c.category = ?").append(where.add(query.category().strip()));
    }
    if (query.tag() != null && !query.tag().isBlank()) {
      where
          .sql
          .append(" and exists (select 1 from course_tag t where t.course_id = c.id and t.tag = ?")
          .append(where.add(query.tag().strip().toLowerCase(Locale.ROOT)))
          .append(")");
    }
    if (query.format() != null) {
      where.sql.append(" and c.format = ?").append(where.add(query.format().name()));
    }
    return where;
  }

  /**
   * "info sec" as {@code info:* & sec:*}: every word must begin a word of the course. Only letters
   * and digits pass, so nothing typed is tsquery syntax.
   */
  static String prefixQuery(String text) {
    if (text == null) {
      return null;
    }
    Set<String> words = new LinkedHashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && words.size() < MAX_WORDS) {
        words.add(word + ":*");
      }
    }
    return words.isEmpty() ? null : String.join(" & ", words);
  }

  /** A where clause with its positional parameters. */
  private static final class Where {
    final StringBuilder sql = new StringBuilder();
    final List<Object> values = new ArrayList<>();

    int add(Object value) {
      values.add(value);
      return values.size();
    }

    Query bind(Query query) {
      for (int i = 0; i < values.size(); i++) {
        query.setParameter(i + 1, values.get(i));
      }
      return query;
    }
  }
}
