-- Follow-up records (跟进记录): visits, meetings, calls, promotion events, site inspections. One
-- record may be about several leads (a promotion event, 推介会, meets many companies at once).

create table follow_up (
    id            uuid        primary key,
    zone          text        not null,
    kind          text        not null check (kind in ('OUTBOUND_VISIT', 'INBOUND_VISIT', 'MEETING', 'CALL',
                                                        'PROMOTION_EVENT', 'SITE_INSPECTION')),
    date          date        not null,                 -- the day it happened, in the zone's time zone
    participants  varchar[]   not null,                 -- {张伟,李娜}
    summary       text        not null,
    next_step     text,
    team          text,                                 -- the logging team; null for the administration
    version       bigint      not null,
    created_at    timestamptz not null,
    created_by    text        not null,
    updated_at    timestamptz not null,
    updated_by    text        not null
);

create table follow_up_lead (
    follow_up_id  uuid not null references follow_up (id),
    lead_id       uuid not null references lead (id),
    primary key (follow_up_id, lead_id)
);
-- a lead's follow-ups, in the order they were logged
create index follow_up_lead_lead on follow_up_lead (lead_id, follow_up_id);

-- when the lead's last follow-up was logged: renews its protection, feeds its service timers
alter table lead add column last_follow_up_at timestamptz;
