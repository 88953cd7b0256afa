-- What the announcement timers did (issue 5): the notice when a scheduled announcement appears,
-- one reminder before the acknowledgement is due, and one escalation per overdue person. Each is
-- recorded so that reruns, a second node or "run now" never send it twice.

-- Published without notifying anybody (bulk or minor items): the timer never announces it.
alter table announcement add column quiet boolean not null default false;
-- When the audience was told it appeared; null until then (scheduled, or a batch still running).
alter table announcement add column notified_at timestamptz;
-- The timers work through audiences of up to 50,000 people in batches, one transaction each,
-- ordered by user name: the last user name done, so that the next batch continues after it.
alter table announcement add column notify_cursor varchar(256);
-- When the one reminder before the due date was sent to everyone who had not acknowledged.
alter table announcement add column reminder_sent_at timestamptz;
alter table announcement add column reminder_cursor varchar(256);
-- When every overdue person (at that moment) was escalated; later runs leave it alone.
alter table announcement add column escalated_at timestamptz;

-- Announcements published before the timers existed were notified when they were published (or
-- chose quiet); only the ones still scheduled wait for the timer.
update announcement set notified_at = publish_at where publish_at is not null and publish_at <= now();

-- Each timer looks only at the few announcements with work left: small partial indexes.
create index announcement_to_notify_ix on announcement (publish_at, id)
    where notified_at is null and not quiet and publish_at is not null;
create index announcement_to_remind_ix on announcement (acknowledgement_due_at, id)
    where acknowledgement_required and acknowledgement_due_at is not null
        and reminder_sent_at is null;
create index announcement_to_escalate_ix on announcement (acknowledgement_due_at, id)
    where acknowledgement_required and acknowledgement_due_at is not null
        and escalated_at is null;

-- One row per overdue person and announcement, written with the notices in one transaction: the
-- primary key keeps a person from being escalated twice, and the batches skip whoever is here.
create table announcement_escalation (
    announcement_id bigint       not null references announcement (id) on delete cascade,
    username        varchar(256) not null,
    escalated_at    timestamptz  not null,
    primary key (announcement_id, username)
);
