-- Every lead and project event scoring consumed, as received: points are computed from these, so
-- a corrected rulebook recomputes an open period from exactly what happened.
create table fact (
    id           uuid        primary key,
    event_id     text        not null unique,      -- CloudEvent id: one fact per event
    event_type   text        not null,
    source       text        not null,
    subject      text,
    occurred_at  timestamptz not null,
    zone         text,
    data         jsonb       not null,
    received_at  timestamptz not null
);

create index fact_zone on fact (zone, id);
create index fact_zone_type on fact (zone, event_type, id);
