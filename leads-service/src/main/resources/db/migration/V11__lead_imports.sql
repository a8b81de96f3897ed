-- Lead imports (线索批量导入): a CSV file whose every row ends as a lead (CREATED), a collision
-- (COLLISION) or a reason (REJECTED). The job and its row results stay queryable and downloadable.

create table lead_import (
    id               uuid        primary key,
    zone             text        not null,
    status           text        not null check (status in ('RUNNING', 'COMPLETED')),
    idempotency_key  text,
    file_sha256      text        not null,
    total_rows       integer     not null,
    created_rows     integer     not null default 0,
    collision_rows   integer     not null default 0,
    rejected_rows    integer     not null default 0,
    finished_at      timestamptz,
    version          bigint      not null,
    created_at       timestamptz not null,
    created_by       text        not null,
    updated_at       timestamptz not null,
    updated_by       text        not null
);
-- the same caller re-posting with the same Idempotency-Key meets the first job
create unique index lead_import_idempotency on lead_import (created_by, idempotency_key)
    where idempotency_key is not null;

create table lead_import_row (
    import_id     uuid    not null references lead_import (id),
    row_number    integer not null,             -- the line of the file (the header is line 1), as Excel numbers it
    outcome       text    not null check (outcome in ('CREATED', 'COLLISION', 'REJECTED')),
    lead_id       uuid,                         -- CREATED: the new lead; COLLISION: the lead collided with
    project_id    uuid,                         -- COLLISION with a project
    collision_id  uuid,
    owner_team    text,                         -- COLLISION: who holds the lead or project
    problem       text,                         -- REJECTED: the problem code
    field         text,                         -- REJECTED: the column at fault, if one
    message       text,                         -- REJECTED: the reason, in the importer's language
    primary key (import_id, row_number)
);
create index lead_import_row_outcome on lead_import_row (import_id, outcome, row_number);
