-- The leading industries (主导产业) of each park, most important first, as parks-service's park
-- registered/changed events carry them: a lead without a target park is given a suggestion from
-- them, ranked like parks' industry map. A park known before this version has none until parks
-- announces its next change (the events already taken are not read again).
alter table park add column leading_industries varchar[] not null default '{}';
