-- The first response to each creating request that carried an Idempotency-Key, so that a retry
-- gets that response again instead of creating twice. Keys are per operation and caller; rows
-- older than zhaoshang.idempotency.retention (24 h) are purged.

create table idempotency_record (
    operation        text        not null,         -- the endpoint, e.g. register-lead
    caller           text        not null,         -- token subject
    idempotency_key  text        not null check (length(idempotency_key) between 1 and 200),
    request_hash     text        not null,         -- SHA-256 (hex) of the request's canonical JSON
    response_status  integer,                      -- null only while the first request runs
    response_body    text,
    location         text,
    etag             text,
    created_at       timestamptz not null default now(),
    primary key (operation, caller, idempotency_key)
);

create index idempotency_record_created_at on idempotency_record (created_at);
