-- Conversion (线索转化): an ASSESSED lead is handed to projects-service with everything it needs to
-- create the project (zhaoshang.lead.converted.v1). The lead stays ASSESSED, "converting", until
-- projects announces the project naming it; then it is CONVERTED with the project's id.
alter table lead add column conversion_requested_at timestamptz;  -- null: never converted
alter table lead add column conversion_requested_by text;
alter table lead add column team_shares jsonb;                   -- the credit split sent with it
alter table lead add column project_id uuid;                     -- the project made of it
alter table lead add column converted_at timestamptz;            -- when the project was announced
alter table lead add column project_abandoned_at timestamptz;    -- its project was ABANDONED (终止)
alter table lead add constraint lead_conversion_requested
    check (conversion_requested_at is null or (conversion_requested_by is not null and team_shares is not null));
alter table lead add constraint lead_converted check ((status = 'CONVERTED') = (project_id is not null));

-- the timer job skips converting leads: their timers stopped with the conversion
drop index lead_timed;
create index lead_timed on lead (id) where status in ('NEW', 'CONTACTED', 'ASSESSED') and conversion_requested_at is null;
