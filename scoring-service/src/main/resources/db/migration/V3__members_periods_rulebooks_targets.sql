-- The members of a team: people known by the subject of their tokens.
create table team_member (
    team_id  uuid not null references team (id),
    subject  text not null,
    name     text not null,
    role     text not null,
    primary key (team_id, subject)
);

-- A period of a zone that was closed; a period without a row is open. Closed periods never change.
create table period_state (
    id          uuid        primary key,
    zone        text        not null,
    kind        text        not null,
    period_key  text        not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    status      text        not null,
    closed_at   timestamptz,
    closed_by   text,
    version     bigint      not null,
    created_at  timestamptz not null,
    created_by  text        not null,
    updated_at  timestamptz not null,
    updated_by  text        not null,
    unique (zone, kind, period_key)
);

create index period_state_zone_end on period_state (zone, status, ends_at);

-- The versions of a zone's rulebook (考核办法): never changed, a change is a new version.
create table rulebook (
    id              uuid        primary key,
    zone            text        not null,
    version         integer     not null check (version > 0),
    title           text        not null,
    effective_from  date        not null,
    rules           jsonb       not null,
    created_at      timestamptz not null,
    created_by      text        not null,
    unique (zone, version)
);

create index rulebook_zone_effective on rulebook (zone, effective_from, version);

-- A team's targets (目标) for one period.
create table target (
    id                uuid          primary key,
    zone              text          not null,
    team_id           uuid          not null references team (id),
    period_kind       text          not null,
    period_key        text          not null,
    signed_amount     numeric(20,2) not null check (signed_amount >= 0),
    projects_started  integer       not null check (projects_started >= 0),
    leads_collected   integer       not null check (leads_collected >= 0),
    follow_ups        integer       not null check (follow_ups >= 0),
    version           bigint        not null,
    created_at        timestamptz   not null,
    created_by        text          not null,
    updated_at        timestamptz   not null,
    updated_by        text          not null,
    unique (team_id, period_kind, period_key)
);

create index target_zone_period on target (zone, period_kind, period_key, id);
