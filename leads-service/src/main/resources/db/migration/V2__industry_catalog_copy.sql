-- leads' copy of the industry catalog (产业目录) that parks-service publishes
-- (zhaoshang.industry-catalog.published.v1): only the newest version is kept, whole.

-- one row at most: which version the copy is of, and when it arrived
create table industry_catalog (
    singleton    boolean     primary key default true check (singleton),
    version      integer     not null check (version >= 1),
    received_at  timestamptz not null
);

create table industry (
    code         text primary key,           -- SEI-04.01, TRD-02
    parent_code  text,
    name_zh      text not null,
    name_en      text not null
);
