-- Parks (园区) of a zone and their sub-parks (园中园). A park names its zone by the zone's code,
-- which never changes and is the `zone` claim of the callers' tokens.
create table park (
    id          uuid          primary key,
    zone        text          not null references zone (code),
    code        text          not null,
    name        text          not null,
    kind        text          not null,
    parent_id   uuid,
    status      text          not null,
    -- the park's own area, not counting its sub-parks (the tree adds those up)
    area_mu     numeric(12,2) not null check (area_mu > 0),
    address     text,
    version     bigint        not null,
    created_at  timestamptz   not null,
    created_by  text          not null,
    updated_at  timestamptz   not null,
    updated_by  text          not null,
    unique (zone, code),
    unique (zone, id),
    -- a parent is always a park of the same zone; depth and cycles are the service's rules
    foreign key (zone, parent_id) references park (zone, id),
    check (parent_id <> id)
);

-- the tree of a zone is read whole; lists page by id within a zone
create index park_zone_id on park (zone, id);
create index park_parent_id on park (parent_id);

-- Leading industries (主导产业) of a park, in the order the park lists them; codes of the catalog.
create table park_industry (
    park_id        uuid    not null references park (id) on delete cascade,
    position       integer not null check (position >= 0),
    industry_code  text    not null references industry (code),
    primary key (park_id, position),
    -- deferred: reordering a list updates positions one row at a time
    unique (park_id, industry_code) deferrable initially deferred
);

create index park_industry_code on park_industry (industry_code);
