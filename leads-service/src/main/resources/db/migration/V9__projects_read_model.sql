-- What leads knows of projects, from projects-service's topic: a report of a company with an
-- active project (not ABANDONED) is a collision (撞单) too, matched like leads: by USCC, else by
-- the normalised name (CompanyName). Newest version of the stage wins.
create table project (
    id                uuid        primary key,
    zone              text        not null,
    code              text,
    company_name      text        not null,
    company_uscc      text,
    company_name_key  text        not null,            -- CompanyName.normalise(company_name)
    owner_team        text,
    lead_id           uuid,                            -- the lead it was made of, if any
    stage             text        not null,
    created_at        timestamptz not null,            -- when projects announced it
    version           bigint      not null
);
create index project_zone_uscc on project (zone, company_uscc) where company_uscc is not null;
create index project_zone_name_key on project (zone, company_name_key);
