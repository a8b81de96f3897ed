-- Key milestones (关键环节). Templates are versioned JSON in the service (resources/milestones/),
-- loaded on start-up (a version once loaded is never changed: a change is a new version); a project
-- entering APPROVING gets its milestones copied from the newest template for its tier.
create table milestone_template (
    code       text        not null,
    version    integer     not null check (version >= 1),
    name       text        not null,
    tiers      jsonb       not null,    -- ["MAJOR", "KEY"]: the project tiers it serves
    steps      jsonb       not null,    -- [{key, phase, name, department, gates, dueDays, parallelGroup, predecessors}]
    loaded_at  timestamptz not null,
    primary key (code, version)
);

create table milestone (
    id                 uuid        primary key,
    project_id         uuid        not null references project (id),
    zone               text        not null,
    template_code      text        not null,
    template_version   integer     not null,
    step_key           text        not null,
    position           integer     not null,   -- order in the template
    phase              text        not null,   -- 协议、规划、土地、征收、排迁、供地、施工许可 ...
    name               text        not null,
    department         text        not null,   -- the owner department
    gates_stage        text        not null,   -- the stage it must be passed before
    due_on             date        not null,
    parallel_group     text,                   -- 并联审批: steps of one group run side by side
    predecessors       jsonb       not null,   -- step keys that must be passed first
    status             text        not null
        check (status in ('PENDING', 'IN_PROGRESS', 'DONE', 'WAIVED_PENDING_DOCS', 'BLOCKED')),
    status_on          date,                   -- the day of the last progress
    started_on         date,
    completed_on       date,                   -- DONE or waived (容缺)
    documents_due_on   date,                   -- 容缺: the documents are owed by then
    blocked_reason     text,
    note               text,
    version            bigint      not null,
    created_at         timestamptz not null,
    created_by         text        not null,
    updated_at         timestamptz not null,
    updated_by         text        not null,
    constraint milestone_project_step_key unique (project_id, step_key),
    foreign key (template_code, template_version) references milestone_template (code, version)
);
create index milestone_project on milestone (project_id, position);
-- the gate and the warnings look for the open milestones of a stage
create index milestone_open on milestone (gates_stage, status) where status not in ('DONE', 'WAIVED_PENDING_DOCS');
