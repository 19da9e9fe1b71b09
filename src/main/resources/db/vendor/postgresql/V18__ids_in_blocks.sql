-- Rows written many to a transaction (a situation report's totals and ranked problems, a submission's observations
-- and indicator values, a new task's notifications, a survey's rows) take their ids from sequences handed out in
-- blocks of 50, so that Hibernate knows each id before the insert and sends a transaction's rows of one table in one
-- JDBC batch (ADR 0025). Each sequence starts above the table's largest id; the column's default is the sequence, so
-- a row inserted without an id (by hand) cannot take an id that a block has already handed out.

create sequence notification_seq increment by 50;
alter sequence notification_seq owned by notification.id;
do $$ begin perform setval('notification_seq', coalesce((select max(id) from notification), 0) + 1, false); end $$;
alter table notification alter column id drop identity;
alter table notification alter column id set default nextval('notification_seq');

create sequence observation_seq increment by 50;
alter sequence observation_seq owned by observation.id;
do $$ begin perform setval('observation_seq', coalesce((select max(id) from observation), 0) + 1, false); end $$;
alter table observation alter column id drop identity;
alter table observation alter column id set default nextval('observation_seq');

create sequence indicator_value_seq increment by 50;
alter sequence indicator_value_seq owned by indicator_value.id;
do $$ begin perform setval('indicator_value_seq', coalesce((select max(id) from indicator_value), 0) + 1, false); end $$;
alter table indicator_value alter column id drop identity;
alter table indicator_value alter column id set default nextval('indicator_value_seq');

create sequence indicator_total_seq increment by 50;
alter sequence indicator_total_seq owned by indicator_total.id;
do $$ begin perform setval('indicator_total_seq', coalesce((select max(id) from indicator_total), 0) + 1, false); end $$;
alter table indicator_total alter column id drop identity;
alter table indicator_total alter column id set default nextval('indicator_total_seq');

create sequence ranked_problem_seq increment by 50;
alter sequence ranked_problem_seq owned by ranked_problem.id;
do $$ begin perform setval('ranked_problem_seq', coalesce((select max(id) from ranked_problem), 0) + 1, false); end $$;
alter table ranked_problem alter column id drop identity;
alter table ranked_problem alter column id set default nextval('ranked_problem_seq');

create sequence safety_survey_row_seq increment by 50;
alter sequence safety_survey_row_seq owned by safety_survey_row.id;
do $$ begin perform setval('safety_survey_row_seq', coalesce((select max(id) from safety_survey_row), 0) + 1, false); end $$;
alter table safety_survey_row alter column id drop identity;
alter table safety_survey_row alter column id set default nextval('safety_survey_row_seq');
