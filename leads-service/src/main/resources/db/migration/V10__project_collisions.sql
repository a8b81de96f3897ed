-- A report of a company with an active project is a collision too: it names the project instead
-- of a lead (the company's id is then the company reported).
alter table collision alter column lead_id drop not null;
alter table collision add column project_id uuid references project (id);
alter table collision add constraint collision_first check ((lead_id is null) <> (project_id is null));
