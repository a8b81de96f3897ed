-- The project lifecycle: what projects knows of parks, teams and the industry catalog (read
-- models fed by parks' and scoring's events), the fields of a project, its signed agreement, its
-- land, and the append-only history of its stages.

-- projects' copy of the industry catalog (zhaoshang.industry-catalog.published.v1): only the
-- newest version, whole; one row at most says which version that is
create table industry_catalog (
    singleton    boolean     primary key default true check (singleton),
    version      integer     not null check (version >= 1),
    received_at  timestamptz not null
);

create table industry (
    code         text primary key,           -- SEI-04.01, TRD-02
    parent_code  text,
    name_zh      text not null,
    name_en      text not null
);

-- The parks of each zone as parks-service announced them; a project's park and sub-park must be
-- open (PLANNED or ACTIVE), a sub-park one of its park. Newest version wins.
create table park (
    id         uuid    primary key,
    zone       text    not null,
    code       text,                       -- null for a park first heard of by its merger or retirement
    name       text,
    parent_id  uuid,
    status     text    not null check (status in ('PLANNED', 'ACTIVE', 'MERGED', 'RETIRED')),
    version    bigint  not null
);
create index park_zone on park (zone);

-- The teams of each zone as scoring-service announced them (by code, the token's team claim).
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

alter table project
    add column sub_park_id                      uuid,
    -- credit shares (业绩分成): team code -> whole percent, adding up to 100, the owner team among them
    add column team_shares                      jsonb         not null default '{}',
    add column fixed_asset_investment_amount    numeric(20,2) check (fixed_asset_investment_amount >= 0),
    add column fixed_asset_investment_currency  char(3),
    add column fixed_asset_investment_cny       numeric(20,2) check (fixed_asset_investment_cny >= 0),
    add column land_use                         text          check (land_use in ('INDUSTRIAL', 'RND', 'LOGISTICS', 'COMMERCIAL')),
    add column expected_output_amount           numeric(20,2) check (expected_output_amount >= 0),
    add column expected_output_currency         char(3),
    add column expected_output_cny              numeric(20,2) check (expected_output_cny >= 0),
    add column expected_tax_amount              numeric(20,2) check (expected_tax_amount >= 0),
    add column expected_tax_currency            char(3),
    add column expected_tax_cny                 numeric(20,2) check (expected_tax_cny >= 0),
    add column commissioner                     text,          -- 委派专员
    add column responsible_leader               text,          -- 包保领导
    add column planned_start_date               date,
    add column planned_completion_date          date,
    -- the stage: when it was entered (the date the change took effect) and, while ON_HOLD, the one to resume
    add column stage_since                      date,
    add column stage_before_hold                text,
    -- the agreement that made the project SIGNED (签约)
    add column agreement_type                   text          check (agreement_type in ('FRAMEWORK', 'INVESTMENT')),
    add column agreement_number                 text,
    add column agreement_date                   date,
    add column signed_amount                    numeric(20,2) check (signed_amount >= 0),
    add column signed_currency                  char(3),
    add column signed_cny_equivalent            numeric(20,2) check (signed_cny_equivalent >= 0),
    -- the land: the last request (its event id is what parks' answers name), parks' answer, or a waiver
    add column land_status                      text          not null default 'NOT_REQUESTED'
        check (land_status in ('NOT_REQUESTED', 'REQUESTED', 'RESERVED', 'REJECTED', 'ALLOCATED', 'RELEASED')),
    add column land_request_event_id            uuid,
    add column land_requested_at                timestamptz,
    add column land_reservation_id              uuid,
    add column land_reservation_version         bigint,
    add column land_parcels                     jsonb,
    add column land_reserved_until              timestamptz,
    add column land_answer_reason               text,          -- why rejected or released, as parks said
    add column land_status_at                   timestamptz,
    add column land_waiver_reason               text,
    add column land_waiver_by                   text,
    add column land_waiver_at                   timestamptz;

update project set team_shares = jsonb_build_object(owner_team, 100), stage_since = (created_at at time zone 'Asia/Shanghai')::date;
alter table project alter column team_shares drop default, alter column stage_since set not null;

-- Every stage a project entered, from its creation on, with who, when, why and the documents:
-- never updated nor deleted (the trigger refuses), so the history cannot be rewritten.
create table stage_change (
    id              uuid        primary key,
    project_id      uuid        not null references project (id),
    zone            text        not null,
    from_stage      text,                    -- null for the creation
    to_stage        text        not null,
    effective_date  date        not null,    -- the day the change took effect (in the zone)
    reason          text,
    documents       jsonb       not null,    -- [{"name": ..., "reference": ...}]
    agreement       jsonb,                   -- the agreement of a SIGNED
    land_waiver     jsonb,                   -- the waiver of an UNDER_CONSTRUCTION without reserved land
    changed_by      text        not null,
    changed_at      timestamptz not null
);
create index stage_change_project on stage_change (project_id, changed_at, id);

create function stage_change_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'stage history is append-only: % refused', tg_op;
end $$;
create trigger stage_change_append_only before update or delete on stage_change
    for each row execute function stage_change_append_only();

-- creations before the lifecycle: their first history row
insert into stage_change (id, project_id, zone, from_stage, to_stage, effective_date, reason, documents, changed_by, changed_at)
select gen_random_uuid(), id, zone, null, 'NEGOTIATING', stage_since, null, '[]', created_by, created_at from project;
