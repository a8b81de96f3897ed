-- Every event that splits a credit now carries its shares (teamShares, a SHARE adjudication's
-- shares): the ledger no longer remembers a lead's adjudicated shares for later events.
drop table credit_share;

-- A project's earlier facts (what a capital arrival or warning does not say) and a park's latest
-- leading industries are looked up by subject, as known before the fact being booked.
create index fact_zone_subject on fact (zone, subject, id);
