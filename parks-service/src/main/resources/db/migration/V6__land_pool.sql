-- The land indicator pool (土地指标池): parcels (地块) of a park, counted in mu, and the reservations
-- that hold them for one project. A parcel is RESERVE (pre-acquired, not offered yet) → AVAILABLE
-- → RESERVED (by one reservation, until it expires) → ALLOCATED (供地); a released or expired
-- reservation puts its parcels back to AVAILABLE. Every change of a parcel's status holds the row
-- lock of its park, so requests for one park's land are decided one after the other.
create table land_reservation (
    id                 uuid          primary key,
    zone               text          not null,
    project_id         uuid          not null,
    -- no foreign key: a request for an unknown park is kept, REJECTED, to answer it and not again
    park_id            uuid          not null,
    requested_mu       numeric(12,2) not null check (requested_mu > 0),
    land_use           text          not null,
    status             text          not null,
    reserved_mu        numeric(12,2) check (reserved_mu > 0),
    reserved_until     timestamptz,
    rejection_reason   text,
    -- the id of the projects event that asked for it; null for a reservation made over the API
    request_event_id   text          unique,
    allocated_at       timestamptz,
    released_at        timestamptz,
    -- RELEASED_BY_PARK, PROJECT_ABANDONED or EXPIRED
    release_reason     text,
    version            bigint        not null,
    created_at         timestamptz   not null,
    created_by         text          not null,
    updated_at         timestamptz   not null,
    updated_by         text          not null,
    check ((status = 'REJECTED') = (rejection_reason is not null)),
    check ((status = 'REJECTED') = (reserved_mu is null)),
    check ((status = 'REJECTED') = (reserved_until is null)),
    check ((status = 'ALLOCATED') = (allocated_at is not null)),
    check ((status in ('RELEASED', 'EXPIRED')) = (released_at is not null)),
    check ((status in ('RELEASED', 'EXPIRED')) = (release_reason is not null)),
    -- an expired reservation is released for that reason, and only an expired one
    check ((status = 'EXPIRED') = (coalesce(release_reason, '') = 'EXPIRED'))
);

create index land_reservation_zone_id on land_reservation (zone, id);
create index land_reservation_project on land_reservation (zone, project_id);
-- the expiry job looks for held reservations past their time
create index land_reservation_held on land_reservation (reserved_until) where status = 'RESERVED';

create table parcel (
    id              uuid          primary key,
    zone            text          not null references zone (code),
    code            text          not null,
    name            text,
    park_id         uuid          not null,
    area_mu         numeric(12,2) not null check (area_mu > 0),
    land_use        text          not null,
    status          text          not null,
    -- the one reservation that holds the parcel: never two at once
    reservation_id  uuid          references land_reservation (id),
    location        text,
    version         bigint        not null,
    created_at      timestamptz   not null,
    created_by      text          not null,
    updated_at      timestamptz   not null,
    updated_by      text          not null,
    unique (zone, code),
    -- a parcel lies in a park of its own zone
    foreign key (zone, park_id) references park (zone, id),
    -- held parcels name the reservation that holds them, free ones none
    check ((status in ('RESERVED', 'ALLOCATED')) = (reservation_id is not null))
);

create index parcel_zone_id on parcel (zone, id);
-- reservations pick among a park's available parcels; roll-ups sum by park and status
create index parcel_park_status on parcel (park_id, status);
create index parcel_reservation on parcel (reservation_id);

-- The parcels a reservation held, as they were when it was made (in code order): kept after a
-- release or expiry, when the parcels no longer name the reservation.
create table land_reservation_parcel (
    reservation_id  uuid          not null references land_reservation (id),
    position        integer       not null,
    parcel_id       uuid          not null references parcel (id),
    code            text          not null,
    area_mu         numeric(12,2) not null check (area_mu > 0),
    primary key (reservation_id, position),
    unique (reservation_id, parcel_id)
);

create index land_reservation_parcel_parcel on land_reservation_parcel (parcel_id);
