-- Merging and retiring parks: a MERGED park names the park it was merged into, a park of the same
-- zone (which inherits its sub-parks and carriers). park.status has no check constraint (the
-- service's enum is the rule), so MERGED and RETIRED need no change there.
alter table park add column merged_into uuid;
alter table park add foreign key (zone, merged_into) references park (zone, id);
alter table park add check ((status = 'MERGED') = (merged_into is not null));
alter table park add check (merged_into <> id);
