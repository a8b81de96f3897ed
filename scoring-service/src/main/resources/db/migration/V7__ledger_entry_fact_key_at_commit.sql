-- A consumed poll's facts and ledger entries are written at commit in JDBC batches, the rows of one
-- table together (hibernate.order_inserts). An entry names its fact by id, not by an association
-- Hibernate knows, so the entries' batch may go before the facts': the key is checked at commit.
alter table ledger_entry alter constraint ledger_entry_fact_id_fkey deferrable initially deferred;
