-- The application roles each person had at their last sign-in (roles come from directory groups,
-- which only sign-in reads). Announcements addressed to a role reach the people recorded here.
create table staff_member_role (
    staff_member_id bigint      not null references staff_member (id) on delete cascade,
    role            varchar(16) not null,
    primary key (staff_member_id, role),
    constraint staff_member_role_ck check (role in ('STAFF', 'MANAGER', 'HR', 'ADMIN'))
);

-- "Who has this role": the audience of an announcement addressed to a role.
create index staff_member_role_role_ix on staff_member_role (role, staff_member_id);
