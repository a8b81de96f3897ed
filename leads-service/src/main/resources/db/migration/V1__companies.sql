-- The target client library (目标客户库): the companies a zone courts.
create table company (
    id                   uuid        primary key,
    zone                 text        not null,
    name                 text        not null,
    uscc                 text,                           -- 统一社会信用代码, normalized; null for foreign companies
    country              text,                           -- ISO 3166-1 alpha-2
    registration_number  text,                           -- the foreign registry's number
    -- varchar[] rather than text[]: Hibernate binds string arrays as varchar[], and PostgreSQL's
    -- array operators (@> for the tag filter) need both sides of one type
    tags                 varchar[]   not null,           -- CompanyTag names, distinct, in enum order
    industry_codes       varchar[]   not null,           -- GB/T 4754-2017 codes
    headquarters         text,
    version              bigint      not null,
    created_at           timestamptz not null,
    created_by           text        not null,
    updated_at           timestamptz not null,
    updated_by           text        not null,
    -- a company is known once per zone; nulls (foreign companies) never collide
    constraint company_zone_uscc_key unique (zone, uscc),
    -- without a USCC a company is identified by its home country's registry
    constraint company_identity check (uscc is not null or (country is not null and registration_number is not null))
);

-- the list pages through a zone's companies by id
create index company_zone_id on company (zone, id);

-- the tag filter (tags @> array[...])
create index company_tags on company using gin (tags);
