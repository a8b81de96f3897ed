-- Early warnings (预警) of projects: raised and resolved by the warning check (and the land-rejected
-- hook), never deleted, so that "how many red warnings did a team have" can be answered later.
create table warning (
    id           uuid        primary key,
    project_id   uuid        not null references project (id),
    zone         text        not null,
    code         text        not null,     -- the project's, for lists without a join
    owner_team   text        not null,
    park_id      uuid,
    kind         text        not null
        check (kind in ('MILESTONE_OVERDUE', 'WAIVER_DOCUMENTS_OVERDUE', 'LAND_REJECTED')),
    level        text        not null check (level in ('YELLOW', 'RED')),
    subject      text        not null,     -- what it is about: the milestone's key, or 'land'
    reason       text        not null,
    raised_at    timestamptz not null,
    resolved_at  timestamptz
);
-- one open warning per project, kind, subject and level: a second replica's check raises nothing
create unique index warning_open_once on warning (project_id, kind, subject, level) where resolved_at is null;
create index warning_project on warning (project_id, raised_at);
create index warning_zone_open on warning (zone, id) where resolved_at is null;
