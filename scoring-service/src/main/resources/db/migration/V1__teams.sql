create table team (
    id          uuid        primary key,
    zone        text        not null,
    code        text        not null,
    name        text        not null,
    kind        text        not null,
    status      text        not null,
    version     bigint      not null,
    created_at  timestamptz not null,
    created_by  text        not null,
    updated_at  timestamptz not null,
    updated_by  text        not null,
    unique (zone, code)
);
