-- The lead a project was converted from (线索转化), if any: one project per lead, so that a
-- redelivered or repeated "lead converted" cannot create a second one.
alter table project add column lead_id uuid;
alter table project add constraint project_lead_id_key unique (lead_id);
