-- The land indicator pool (土地指标池): parcels (地块) of a park, counted in mu, and the reservations
-- that hold them for one project. A parcel is RESERVE (pre-acquired, not offered yet) → AVAILABLE
-- → RESERVED (by one reservation, until it expires) → ALLOCATED (供地); a released or expired
-- reservation puts its parcels back to AVAILABLE.
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
    version            bigint        not null,
    created_at         timestamptz   not null,
    created_by         text          not null,
    updated_at         timestamptz   not null,
    updated_by         text          not null,
    check ((status = 'REJECTED') = (rejection_reason is not null)),
    check ((status = 'REJECTED') = (reserved_mu is null))
);

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
