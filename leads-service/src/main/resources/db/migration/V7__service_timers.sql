-- Service timers (线索办理时限): per zone how many days a lead has to get an owner, be assessed
-- (longer for a major one), get its first follow-up, and then a follow-up every so often. A zone
-- without a row has the defaults (1, 3, 7, 7, 14).
create table timer_settings (
    zone               text    primary key,
    respond_days       integer not null check (respond_days between 1 and 365),
    assess_days        integer not null check (assess_days between 1 and 365),
    major_assess_days  integer not null check (major_assess_days between 1 and 365),
    feedback_days      integer not null check (feedback_days between 1 and 365),
    progress_days      integer not null check (progress_days between 1 and 365),
    version            bigint  not null,
    updated_at         timestamptz not null,
    updated_by         text    not null
);

-- the facts the timers run on
alter table lead add column owned_at timestamptz;                  -- when a team first held it
alter table lead add column assessed_at timestamptz;               -- when it first became ASSESSED
alter table lead add column intended_investment_cny numeric(20, 2); -- the intended investment in CNY
update lead set owned_at = created_at where owner_team is not null or previous_owner_team is not null;
update lead set assessed_at = updated_at where status = 'ASSESSED';
update lead set intended_investment_cny = coalesce((intended_investment ->> 'cnyEquivalent')::numeric,
        (intended_investment ->> 'amount')::numeric)
    where intended_investment is not null;

-- Each timer that fell due, announced once: the key is the timer's due time, so a progress timer
-- that falls due again after a later follow-up is announced again. Replicas running the job at once
-- insert the same row; the key lets exactly one of them announce it.
create table lead_timer_overdue (
    lead_id       uuid        not null references lead (id),
    timer         text        not null check (timer in ('RESPOND', 'ASSESS', 'FEEDBACK', 'PROGRESS')),
    due_at        timestamptz not null,
    announced_at  timestamptz not null,
    primary key (lead_id, timer, due_at)
);
-- the job looks only at leads whose timers run
create index lead_timed on lead (id) where status in ('NEW', 'CONTACTED', 'ASSESSED');
