-- Leads (招商线索), the pools they sit in (公海/私海), collisions (撞单), and what leads knows of
-- parks and teams (read models fed by parks' and scoring's events).

-- The parks of each zone as parks-service announced them; a lead's target park must be one of
-- them and open (PLANNED or ACTIVE). Newest version wins.
create table park (
    id       uuid    primary key,
    zone     text    not null,
    code     text,                       -- null for a park first heard of by its merger or retirement
    name     text,
    status   text    not null check (status in ('PLANNED', 'ACTIVE', 'MERGED', 'RETIRED')),
    version  bigint  not null
);
create index park_zone on park (zone);

-- The teams of each zone as scoring-service announced them; a lead is owned by one of them (by
-- code, the token's team claim). Newest version wins. A claim locks its team's row, so that two
-- claims of one team count its leads one after the other.
create table team (
    id       uuid    primary key,
    zone     text    not null,
    code     text    not null,
    name     text    not null,
    kind     text    not null,
    status   text    not null,
    version  bigint  not null,
    constraint team_zone_code_key unique (zone, code)
);

-- Per zone: how long a claim protects a lead, how many a team may hold, how long a team that lost
-- a lead waits before claiming it again. A zone without a row has the defaults.
create table pool_settings (
    zone                   text    primary key,
    protection_days        integer not null check (protection_days between 1 and 3650),
    max_leads_per_team     integer not null check (max_leads_per_team between 1 and 100000),
    reclaim_cooldown_days  integer not null check (reclaim_cooldown_days between 0 and 3650),
    version                bigint  not null,
    updated_at             timestamptz not null,
    updated_by             text    not null
);

create sequence lead_code_seq;

create table lead (
    id                     uuid        primary key,
    zone                   text        not null,
    code                   text        not null unique,             -- XS-2026-000123
    company_id             uuid        not null references company (id),
    title                  text        not null,
    industry_code          text        not null,                    -- of the industry catalog
    chain_role             text        not null,
    source_channel         text        not null,
    source_detail          text,
    intended_investment    jsonb,                                   -- Money
    land_mu                numeric(12, 2) check (land_mu > 0),
    expected_jobs          integer     check (expected_jobs >= 0),
    expected_output        jsonb,                                   -- Money, per year
    expected_tax           jsonb,                                   -- Money, per year
    target_park_id         uuid,
    status                 text        not null,
    lost_reason            text,
    owner_team             text,                                    -- null: in the public pool (公海)
    reported_team          text,                                    -- the reporter's team (首报), kept
    protected_until        timestamptz,                             -- set exactly when owned
    previous_owner_team    text,
    reclaim_blocked_until  timestamptz,                             -- the previous owner's cooldown
    version                bigint      not null,
    created_at             timestamptz not null,
    created_by             text        not null,
    updated_at             timestamptz not null,
    updated_by             text        not null,
    constraint lead_owned_protected check ((owner_team is null) = (protected_until is null)),
    constraint lead_lost_reason check (status <> 'LOST' or lost_reason is not null)
);
-- one active lead per company: the backstop of the collision check
create unique index lead_active_company on lead (company_id) where status not in ('CONVERTED', 'LOST', 'INVALID');
create index lead_zone_id on lead (zone, id);
create index lead_owner on lead (zone, owner_team) where owner_team is not null;
-- the recycling job looks only at owned leads, soonest expiry first
create index lead_protected_until on lead (protected_until) where owner_team is not null;

-- A second report of a company that has an active lead: kept for the zone administration.
create table collision (
    id                    uuid        primary key,
    zone                  text        not null,
    lead_id               uuid        not null references lead (id),   -- the lead reported first
    company_id            uuid        not null references company (id),
    owner_team            text,                                        -- the lead's owner when it collided
    lead_reported_at      timestamptz not null,
    reporter_team         text,                                        -- the second reporter's team
    proposal              jsonb       not null,                        -- the body they brought
    status                text        not null check (status in ('OPEN', 'ADJUDICATED')),
    decision              text        check (decision in ('KEEP_FIRST', 'TRANSFER', 'SHARE')),
    shares                jsonb,                                       -- {"TEAM-A": 60, "TEAM-B": 40} for SHARE
    note                  text,
    adjudicated_at        timestamptz,
    adjudicated_by        text,
    version               bigint      not null,
    created_at            timestamptz not null,
    created_by            text        not null,
    updated_at            timestamptz not null,
    updated_by            text        not null,
    constraint collision_decided check ((status = 'ADJUDICATED') = (decision is not null))
);
create index collision_zone_id on collision (zone, id);
create index collision_lead on collision (lead_id);
