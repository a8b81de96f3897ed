-- The leaderboard of a period sums its entries per team and kind. With what it sums in the index,
-- PostgreSQL answers from the index alone (an index-only scan) instead of fetching every entry of
-- the period from the table: over 1,000,000 entries, see docs/benchmarks.md.
drop index ledger_entry_week;
drop index ledger_entry_month;
drop index ledger_entry_quarter;
drop index ledger_entry_year;

create index ledger_entry_week on ledger_entry (zone, week_key, team_id, kind) include (points, amount_cny, occurred_at);
create index ledger_entry_month on ledger_entry (zone, month_key, team_id, kind) include (points, amount_cny, occurred_at);
create index ledger_entry_quarter on ledger_entry (zone, quarter_key, team_id, kind) include (points, amount_cny, occurred_at);
create index ledger_entry_year on ledger_entry (zone, year_key, team_id, kind) include (points, amount_cny, occurred_at);
