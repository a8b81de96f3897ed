-- The leads a company merge moved to the company that stays, so that undoing the merge moves
-- exactly those back (and not a lead reported for the survivor since).
create table lead_company_move (
    merge_id  uuid not null references company_merge (id),
    lead_id   uuid not null references lead (id),
    primary key (merge_id, lead_id)
);
