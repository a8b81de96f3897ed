-- Capital arrival (到资): the instalments of money that reached a signed project. Append-only (the
-- trigger refuses updates and deletes): a wrong instalment is answered by the next one, not rewritten.
create table capital_arrival (
    id                 uuid           primary key,
    project_id         uuid           not null references project (id),
    zone               text           not null,
    arrived_on         date           not null,
    amount             numeric(20, 2) not null check (amount > 0),
    currency           char(3)        not null,
    cny_equivalent     numeric(20, 2) not null check (cny_equivalent > 0),
    source             text           not null,   -- 企业自有资金、银行贷款 ...
    arrived_total_cny  numeric(20, 2) not null,   -- the project's total after this instalment
    override_reason    text,                      -- set when the instalment went past 3 × the signed amount
    recorded_by        text           not null,
    recorded_at        timestamptz    not null
);
create index capital_arrival_project on capital_arrival (project_id, recorded_at);

create function capital_arrival_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'capital arrivals are append-only: % refused', tg_op;
end $$;
create trigger capital_arrival_append_only before update or delete on capital_arrival
    for each row execute function capital_arrival_append_only();

-- the running total on the project, so that reading a project or summing a zone needs no join
alter table project add column capital_arrived_cny numeric(20, 2) not null default 0;
