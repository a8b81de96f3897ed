-- Land asked again after parks rejected it: the rejection is kept through the new request until land
-- is reserved or allocated, so that the land-rejected warning stays open while the project still has none.
alter table project add column land_rejection_reason text;
update project set land_rejection_reason = land_answer_reason where land_status = 'REJECTED';
