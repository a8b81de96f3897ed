-- The table of the single-row insert baseline (rows 1 and 3): shaped like a small entity, a uuid key
-- and a secondary index, as the service's own tables are.
create table if not exists bench_pgbench_insert (
  id uuid primary key,
  zone text not null,
  name text not null,
  amount numeric(18, 2) not null,
  created_at timestamptz not null
);
create index if not exists bench_pgbench_insert_zone_name on bench_pgbench_insert (zone, name);
