-- Joint interventions: besides its lead (intervention.responsible_organisation) an intervention has any number
-- of participating organisations, each of which reports its own part of the follow-up.
create table intervention_participant (
  intervention_id  bigint       not null references intervention (id),
  position         integer      not null,
  organisation     varchar(40)  not null,
  constraint pk_intervention_participant primary key (intervention_id, position),
  constraint uq_intervention_participant unique (intervention_id, organisation)
);

-- Which organisation wrote a status report; reports written before joint interventions were the lead's.
alter table follow_up_report add column organisation varchar(40);
update follow_up_report set organisation = (select i.responsible_organisation from intervention i
  where i.id = follow_up_report.intervention_id);
alter table follow_up_report alter column organisation set not null;
