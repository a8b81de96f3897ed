-- The score ledger: what each fact earned each team, by which rule version, in which periods.
-- One entry per fact and team, so a fact scores once whatever happens to its event.
create table ledger_entry (
    id              uuid          primary key,
    zone            text          not null,
    team_id         uuid          not null references team (id),
    fact_id         uuid          not null references fact (id),
    kind            text          not null,
    follow_up_kind  text,
    points          numeric(14,2) not null,
    share_percent   numeric(5,2)  not null,
    amount_cny      numeric(20,2),          -- the team's share of the amount, for targets and ties
    rule_version    integer,                -- null: no rulebook in force when it happened
    occurred_at     timestamptz   not null,
    week_key        text          not null, -- the periods it counts in (for an adjustment: the open ones)
    month_key       text          not null,
    quarter_key     text          not null,
    year_key        text          not null,
    adjusts         text,                   -- an adjustment: the closed periods the fact belonged to
    explanation_zh  text          not null,
    explanation_en  text          not null,
    created_at      timestamptz   not null,
    unique (fact_id, team_id)
);

create index ledger_entry_week on ledger_entry (zone, week_key, team_id);
create index ledger_entry_month on ledger_entry (zone, month_key, team_id);
create index ledger_entry_quarter on ledger_entry (zone, quarter_key, team_id);
create index ledger_entry_year on ledger_entry (zone, year_key, team_id);

-- The shares of a SHARE collision adjudication, per lead: credit for the lead is split by them.
create table credit_share (
    fact_id    uuid         not null references fact (id),
    zone       text         not null,
    lead_id    text         not null,
    team_code  text         not null,
    percent    numeric(5,2) not null check (percent > 0 and percent < 100),
    primary key (fact_id, team_code)
);

create index credit_share_lead on credit_share (zone, lead_id, fact_id);

-- The frozen ranking (龙虎榜) of a closed period: never changed.
create table ranking_row (
    zone         text          not null,
    period_kind  text          not null,
    period_key   text          not null,
    team_id      uuid          not null references team (id),
    rank         integer       not null,
    points       numeric(14,2) not null,
    last_place   boolean       not null,
    standing     jsonb         not null,
    frozen_at    timestamptz   not null,
    primary key (zone, period_kind, period_key, team_id)
);

-- Each step of last-place elimination (末位淘汰) of a team, with who took it and why.
create table elimination_step (
    id          uuid        primary key,
    zone        text        not null,
    team_id     uuid        not null references team (id),
    step        text        not null,
    month_key   text,
    reason      text,
    decided_by  text        not null,
    decided_at  timestamptz not null
);

create index elimination_step_team on elimination_step (team_id, decided_at);
