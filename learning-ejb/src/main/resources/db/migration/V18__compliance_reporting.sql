-- Reporting (issue 7): compliance.
--
-- Live SQL over course_assignment and completion (deduplicating rules and finding the latest
-- completion of every requirement) took several seconds at 50,000 staff and a million assignments
-- (docs/benchmarks.md). compliance_requirement keeps that join: one row per (person, course) with
-- at least one active assignment, its earliest due date and the latest completion. Triggers keep it
-- up to date row by row in the same transaction as the change, so it is never stale; the status
-- (compliant, overdue, expiring) depends on the time and is still computed when a report is read.
create table compliance_requirement (
    username     varchar(256) not null,
    course_id    bigint       not null,
    due_at       timestamptz,
    completed_at timestamptz,
    valid_until  timestamptz,
    primary key (username, course_id)
);

create index compliance_requirement_course_ix on compliance_requirement (course_id);

-- Recomputes the row of one (person, course) from its active assignments and latest completion.
create function compliance_requirement_refresh(p_username varchar, p_course bigint)
returns void language plpgsql as $$
declare
    v_due       timestamptz;
    v_active    boolean;
    v_completed timestamptz;
    v_valid     timestamptz;
begin
    select count(*) > 0, min(a.due_at) into v_active, v_due
      from course_assignment a
     where a.username = p_username and a.course_id = p_course and a.status = 'ACTIVE';
    if not v_active then
        delete from compliance_requirement where username = p_username and course_id = p_course;
        return;
    end if;
    select k.completed_at, k.valid_until into v_completed, v_valid
      from completion k
     where k.username = p_username and k.course_id = p_course
     order by k.completed_at desc, k.id desc limit 1;
    insert into compliance_requirement (username, course_id, due_at, completed_at, valid_until)
    values (p_username, p_course, v_due, v_completed, v_valid)
    on conflict (username, course_id) do update
       set due_at = excluded.due_at, completed_at = excluded.completed_at,
           valid_until = excluded.valid_until;
end $$;

-- Both tables have username and course_id; an update that moves a row refreshes both pairs.
create function compliance_requirement_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or (tg_op = 'UPDATE'
            and (old.username <> new.username or old.course_id <> new.course_id)) then
        perform compliance_requirement_refresh(old.username, old.course_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform compliance_requirement_refresh(new.username, new.course_id);
    end if;
    return null;
end $$;

create trigger course_assignment_compliance_tg after insert or update or delete on course_assignment
    for each row execute function compliance_requirement_changed();
create trigger completion_compliance_tg after insert or update or delete on completion
    for each row execute function compliance_requirement_changed();

insert into compliance_requirement (username, course_id, due_at, completed_at, valid_until)
select r.username, r.course_id, r.due_at, l.completed_at, l.valid_until
  from (select a.username, a.course_id, min(a.due_at) as due_at from course_assignment a
         where a.status = 'ACTIVE' group by a.username, a.course_id) r
  left join (select distinct on (k.username, k.course_id) k.username, k.course_id,
                    k.completed_at, k.valid_until
               from completion k order by k.username, k.course_id, k.completed_at desc, k.id desc) l
    on l.username = r.username and l.course_id = r.course_id;

-- The trigger's lookups of one (person, course).
create index course_assignment_compliance_ix on course_assignment (username, course_id, due_at)
    where status = 'ACTIVE';
create index completion_latest_ix on completion (username, course_id, completed_at desc, id desc)
    include (valid_until);

-- The reporting line below a manager walks through inactive people too (they still connect the
-- people below them), which the partial index staff_member_manager_ix (active only) cannot serve.
create index staff_member_manager_line_ix on staff_member (manager_username) include (username);
