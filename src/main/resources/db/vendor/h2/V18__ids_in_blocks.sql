-- Rows written many to a transaction (a situation report's totals and ranked problems, a submission's observations
-- and indicator values, a new task's notifications, a survey's rows) take their ids from sequences handed out in
-- blocks of 50, so that Hibernate knows each id before the insert and sends a transaction's rows of one table in one
-- JDBC batch (ADR 0025). Each sequence starts above the table's largest id; the column's default is the sequence, so
-- a row inserted without an id (by hand) cannot take an id that a block has already handed out.

create sequence notification_seq increment by 50;
alter sequence notification_seq restart with (select coalesce(max(id), 0) + 1 from notification);
alter table notification alter column id drop identity;
alter table notification alter column id set default next value for notification_seq;

create sequence observation_seq increment by 50;
alter sequence observation_seq restart with (select coalesce(max(id), 0) + 1 from observation);
alter table observation alter column id drop identity;
alter table observation alter column id set default next value for observation_seq;

create sequence indicator_value_seq increment by 50;
alter sequence indicator_value_seq restart with (select coalesce(max(id), 0) + 1 from indicator_value);
alter table indicator_value alter column id drop identity;
alter table indicator_value alter column id set default next value for indicator_value_seq;

create sequence indicator_total_seq increment by 50;
alter sequence indicator_total_seq restart with (select coalesce(max(id), 0) + 1 from indicator_total);
alter table indicator_total alter column id drop identity;
alter table indicator_total alter column id set default next value for indicator_total_seq;

create sequence ranked_problem_seq increment by 50;
alter sequence ranked_problem_seq restart with (select coalesce(max(id), 0) + 1 from ranked_problem);
alter table ranked_problem alter column id drop identity;
alter table ranked_problem alter column id set default next value for ranked_problem_seq;

create sequence safety_survey_row_seq increment by 50;
alter sequence safety_survey_row_seq restart with (select coalesce(max(id), 0) + 1 from safety_survey_row);
alter table safety_survey_row alter column id drop identity;
alter table safety_survey_row alter column id set default next value for safety_survey_row_seq;
