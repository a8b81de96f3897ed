-- The target client library completed: aliases, contacts, name keys for search and collision
-- detection, and merges of two company records.

-- trigram indexes make "contains" searches (like '%hwjs%') index scans; pg_trgm is a trusted
-- extension (PostgreSQL 13+), so the database owner may create it
create extension if not exists pg_trgm;

alter table company
    add column aliases     varchar[] not null default '{}',   -- other names (简称, former or English names), distinct
    add column contacts    jsonb     not null default '[]',   -- [{name, title, phone, email}]
    add column status      text      not null default 'ACTIVE' check (status in ('ACTIVE', 'MERGED')),
    add column merged_into uuid      references company (id);
alter table company add constraint company_merged_into check ((status = 'MERGED') = (merged_into is not null));

-- Before this version industries were GB/T 4754 codes; they are codes of the industry catalog now.
-- No deployment holds companies yet, so the old codes are not translated.

-- One row per name of a company (its name and each alias), normalised (full-width folded,
-- Traditional made Simplified, spaces, punctuation and legal-form suffixes dropped) and in pinyin:
-- search looks here, and so will the collision check of leads.
create table company_name_key (
    company_id  uuid not null references company (id) on delete cascade,
    name        text not null,                -- as written
    normalised  text not null,                -- 华為技術有限公司 -> 华为技术
    pinyin      text not null,                -- huaweijishu
    initials    text not null                 -- hwjs
);
create index company_name_key_company on company_name_key (company_id);
create index company_name_key_normalised on company_name_key (normalised);
create index company_name_key_normalised_trgm on company_name_key using gin (normalised gin_trgm_ops);
create index company_name_key_pinyin_trgm on company_name_key using gin (pinyin gin_trgm_ops);
create index company_name_key_initials_trgm on company_name_key using gin (initials gin_trgm_ops);

-- the industry filter (industry_codes && array[...])
create index company_industry_codes on company using gin (industry_codes);

-- A merge of one company record into another, kept to undo it for a while and as history.
create table company_merge (
    id               uuid        primary key,
    zone             text        not null,
    company_id       uuid        not null references company (id),   -- merged away
    into_company_id  uuid        not null references company (id),   -- the survivor
    moved_aliases    varchar[]   not null,                           -- what the survivor gained, removed again by an undo
    undoable_until   timestamptz not null,
    undone_at        timestamptz,
    version          bigint      not null,
    created_at       timestamptz not null,
    created_by       text        not null,
    updated_at       timestamptz not null,
    updated_by       text        not null,
    check (company_id <> into_company_id)
);
-- at most one merge of a company in force
create unique index company_merge_in_force on company_merge (company_id) where undone_at is null;
create index company_merge_into on company_merge (into_company_id);
