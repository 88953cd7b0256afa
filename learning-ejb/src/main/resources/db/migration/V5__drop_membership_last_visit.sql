-- Read state lives per thread (thread_read); a membership's last visit was written on every
-- community page view and never read, so it goes.
alter table membership drop column last_visit_at;
