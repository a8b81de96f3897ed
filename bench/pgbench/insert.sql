-- One row, one transaction: what POST /api/v1/leads and the scoring ingest are compared with.
\set n random(1, 1000000000)
insert into bench_pgbench_insert (id, zone, name, amount, created_at)
  values (gen_random_uuid(), 'BENCH', 'company ' || :n, :n * 1.5, now());
