-- Learning activity and engagement reports (issue 7). Each report reads one period of rows and
-- joins them to the people in scope; these indexes let it read only the period (with what the
-- aggregate needs, so that most are index-only scans) instead of whole tables.

-- Completions per month and learning hours by department.
create index completion_period_ix on completion (completed_at) include (username, minutes, course_id);

-- Most-taken courses: enrolments made in the period.
create index enrolment_period_ix on enrolment (enrolled_at) include (username, course_id, status);

-- Best-rated courses: ratings given or changed in the period.
create index course_review_period_ix on course_review (updated_at) include (username, course_id, rating);

-- External learning by status and verified hours in the period.
create index external_learning_period_ix on external_learning (completed_on)
    include (username, minutes, verification);

-- Posts per community per week: visible posts of the period.
create index post_period_ix on post (created_at) include (author, community_id, opening)
    where status = 'VISIBLE';

-- Dormant communities: each community's last visible post.
create index post_community_last_ix on post (community_id, created_at desc) where status = 'VISIBLE';

-- Announcements published in the period use announcement_live_ix (publish_at, expire_at).
