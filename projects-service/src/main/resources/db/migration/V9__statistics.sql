-- Statistics (台账统计) place each measure in a window by its own date: projects by creation, signings
-- by the agreement's date, capital by the instalment's date. These indexes find a zone's rows of a
-- window without reading the zone's other years; the stage one serves "在谈项目" (stock by stage).
create index project_zone_created_at on project (zone, created_at);
create index project_zone_agreement_date on project (zone, agreement_date) where agreement_date is not null;
create index project_zone_stage on project (zone, stage);
create index capital_arrival_zone_arrived_on on capital_arrival (zone, arrived_on);
