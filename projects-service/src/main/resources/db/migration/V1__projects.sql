-- Numbers of the project codes ZS-<year>-<number>: one sequence for every zone and year, so that
-- codes are unique across replicas without a lock; a rolled-back create leaves a gap.
create sequence project_code_seq;

create table project (
    id                               uuid          primary key,
    zone                             text          not null,
    code                             text          not null unique,
    name                             text          not null,
    company_name                     text          not null,
    company_uscc                     text,
    industry_code                    text          not null,
    chain_role                       text          not null,
    park_id                          uuid,
    owner_team                       text          not null,
    total_investment_amount          numeric(20,2) not null check (total_investment_amount >= 0),
    total_investment_currency        char(3)       not null,
    -- equal to the amount for CNY, so that statistics sum this one column
    total_investment_cny_equivalent  numeric(20,2) not null check (total_investment_cny_equivalent >= 0),
    foreign_investment               boolean       not null,
    land_mu                          numeric(12,2) check (land_mu > 0),
    expected_jobs                    integer       check (expected_jobs >= 0),
    stage                            text          not null,
    tier                             text          not null,
    version                          bigint        not null,
    created_at                       timestamptz   not null,
    created_by                       text          not null,
    updated_at                       timestamptz   not null,
    updated_by                       text          not null,
    check (total_investment_currency <> 'CNY' or total_investment_cny_equivalent = total_investment_amount)
);

-- lists page by id within a zone, optionally narrowed by team, stage or tier
create index project_zone_id on project (zone, id);
create index project_zone_owner_team on project (zone, owner_team, id);
