create table zone (
    id          uuid        primary key,
    code        text        not null unique,
    name        text        not null,
    city        text        not null,
    time_zone   text        not null,
    level       text        not null,
    version     bigint      not null,
    created_at  timestamptz not null,
    created_by  text        not null,
    updated_at  timestamptz not null,
    updated_by  text        not null
);
