-- Platform tables every service carries: the transactional outbox and the idempotent inbox.
-- Platform migrations use versions 0.x so that they run before a service's own V1.

create table outbox_event (
    position        bigserial primary key,          -- write order; the relay publishes in this order
    event_id        uuid        not null unique,
    aggregate_type  text        not null,
    aggregate_id    text        not null,
    event_type      text        not null,
    topic           text        not null,
    payload         text        not null,           -- JSON data of the CloudEvent
    occurred_at     timestamptz not null,
    traceparent     text,
    attempts        integer     not null default 0,
    last_error      text,
    published_at    timestamptz
);

-- The relay only ever looks at what is still to be published.
create index outbox_event_pending on outbox_event (position) where published_at is null;

create table inbox_event (
    event_id     text        primary key,           -- CloudEvent id: a redelivery finds its row
    event_type   text        not null,
    source       text        not null,
    received_at  timestamptz not null default now()
);
