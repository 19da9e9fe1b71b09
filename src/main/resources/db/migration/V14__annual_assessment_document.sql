-- The decided action plan of an annual assessment (issue 14) is a public document of its own: it belongs to neither a
-- quarterly cycle nor a promise period, so annual_assessment_id says which assessment, and every document still
-- belongs to exactly one owner. Portable: H2 2.x and PostgreSQL read the same statements.
alter table public_document add column annual_assessment_id bigint references annual_assessment (id);
alter table public_document drop constraint ck_public_document_owner;
alter table public_document add constraint ck_public_document_owner check (
  (cycle_id is not null and promise_period_id is null and annual_assessment_id is null)
  or (cycle_id is null and promise_period_id is not null and annual_assessment_id is null)
  or (cycle_id is null and promise_period_id is null and annual_assessment_id is not null));
create index ix_public_document_annual_assessment on public_document (annual_assessment_id);
