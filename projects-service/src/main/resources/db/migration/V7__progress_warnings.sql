-- Early warnings of no progress and of the three not-yets (三未): signed but not started, started
-- but no milestone done, past the planned completion. "No progress" reads when the project last
-- progressed: its creation, a stage move, a milestone's progress, a capital instalment, an update
-- of the project, land reserved or allocated by parks.
alter table warning drop constraint warning_kind_check,
    add constraint warning_kind_check check (kind in ('MILESTONE_OVERDUE', 'WAIVER_DOCUMENTS_OVERDUE',
        'LAND_REJECTED', 'NO_PROGRESS', 'SIGNED_NOT_STARTED', 'STARTED_NO_MILESTONE', 'PAST_PLANNED_COMPLETION'));

alter table project add column last_progress_at timestamptz;
-- projects from before: their last recorded step (a milestone's update may be the administration's,
-- counted as progress all the same)
update project p set last_progress_at = greatest(p.created_at,
    (select max(s.changed_at) from stage_change s where s.project_id = p.id),
    (select max(m.updated_at) from milestone m where m.project_id = p.id and m.status <> 'PENDING'),
    (select max(c.recorded_at) from capital_arrival c where c.project_id = p.id));
alter table project alter column last_progress_at set not null;
