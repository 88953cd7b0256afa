-- The home stream's query plan for one person (issue 4: "the stream query uses an index, no
-- sequential scan over posts"). Run it against a generated dataset, from the repository root:
--
--   psql -h 127.0.0.1 -U postgres -d lc_bench_l -v me=u000123 \
--        -f learning-bench/src/main/resources/sql/explain-stream.sql
--
-- Add -v before=<activity id> for a later page (keyset: the last id the previous page showed).
--
-- What the stream shows: the newest 20 activities in the person's communities (ACTIVE
-- memberships), or by colleagues they follow in OPEN communities, whose post is VISIBLE. The
-- query is the union of two branches, each the newest 20 of its own kind, merged newest first.
-- Each branch reads activity through one index per source, newest first, and stops after 20 rows
-- per source: activity_community_ix per community, activity_actor_ix per followed colleague. So
-- the work grows with the number of communities and follows, not with the size of the tables.
-- Expect Index Scans (or Index Only Scans) only, and no Seq Scan on activity or post.

\if :{?before}
\else
\set before 9223372036854775807
\endif

\echo Stream of :me, activities before id :before

explain (analyze, buffers, costs off)
select s.id, s.kind, s.community_id, s.thread_id, s.post_id, s.actor, s.occurred_at
  from (
        (select a.*
           from membership m
          cross join lateral (
                select a.*
                  from activity a
                 where a.community_id = m.community_id
                   and a.id < :before
                 order by a.id desc
                 limit 20) a
           join post p on p.id = a.post_id and p.status = 'VISIBLE'
          where m.username = :'me'
            and m.status = 'ACTIVE'
          order by a.id desc
          limit 20)
        union
        (select a.*
           from staff_follow f
          cross join lateral (
                select a.*
                  from activity a
                 where a.actor = f.followee
                   and a.id < :before
                   and exists (select 1 from community c
                                where c.id = a.community_id and c.visibility = 'OPEN')
                 order by a.id desc
                 limit 20) a
           join post p on p.id = a.post_id and p.status = 'VISIBLE'
          where f.follower = :'me'
          order by a.id desc
          limit 20)
       ) s
 order by s.id desc
 limit 20;

-- The same for the next page, from the last id of the first one: the keyset keeps it as cheap.
select min(id) as next_before
  from (
        (select a.id
           from membership m
          cross join lateral (
                select a.id from activity a
                 where a.community_id = m.community_id and a.id < :before
                 order by a.id desc limit 20) a
          where m.username = :'me' and m.status = 'ACTIVE'
          order by a.id desc limit 20)
        union
        (select a.id
           from staff_follow f
          cross join lateral (
                select a.id from activity a
                 where a.actor = f.followee and a.id < :before
                   and exists (select 1 from community c
                                where c.id = a.community_id and c.visibility = 'OPEN')
                 order by a.id desc limit 20) a
          where f.follower = :'me'
          order by a.id desc limit 20)
       ) s \gset
\echo Next page: -v before=:next_before
