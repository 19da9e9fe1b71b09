-- Where an intervention is carried out: any number of the municipality's areas, by name as observations name them
-- (council_area.name). None means the whole municipality. The dashboard's map counts interventions per area.
create table intervention_area (
  intervention_id  bigint        not null references intervention (id),
  position         integer       not null,
  area             varchar(100)  not null,
  constraint pk_intervention_area primary key (intervention_id, position),
  constraint uq_intervention_area unique (intervention_id, area)
);
