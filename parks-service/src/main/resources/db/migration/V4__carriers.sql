-- Carriers (载体): buildings and spaces of a park, in the park's zone. leased_sqm is the sum of
-- the carrier's active leases, changed only under the carrier's row lock.
create table carrier (
    id                   uuid          primary key,
    zone                 text          not null references zone (code),
    code                 text          not null,
    name                 text          not null,
    park_id              uuid          not null,
    kind                 text          not null,
    floor_area_sqm       numeric(12,2) not null check (floor_area_sqm > 0),
    leased_sqm           numeric(12,2) not null check (leased_sqm >= 0),
    rent_amount          numeric(14,2) check (rent_amount >= 0),
    rent_currency        text,
    rent_cny_equivalent  numeric(14,2) check (rent_cny_equivalent >= 0),
    available_from       date,
    version              bigint        not null,
    created_at           timestamptz   not null,
    created_by           text          not null,
    updated_at           timestamptz   not null,
    updated_by           text          not null,
    unique (zone, code),
    -- a carrier stands in a park of its own zone
    foreign key (zone, park_id) references park (zone, id),
    -- the vacant area never goes below zero
    check (leased_sqm <= floor_area_sqm),
    check ((rent_amount is null) = (rent_currency is null))
);

create index carrier_zone_id on carrier (zone, id);
create index carrier_park_id on carrier (park_id);

-- Space of a carrier leased to a project; a released lease keeps its row, with released_at.
create table carrier_lease (
    id           uuid          primary key,
    carrier_id   uuid          not null references carrier (id),
    project_id   uuid          not null,
    area_sqm     numeric(12,2) not null check (area_sqm > 0),
    leased_from  date          not null,
    created_at   timestamptz   not null,
    created_by   text          not null,
    released_at  timestamptz,
    released_by  text,
    check ((released_at is null) = (released_by is null))
);

create index carrier_lease_carrier_id on carrier_lease (carrier_id);
