-- Public documents of a promise period (the signed citizen promises and the final feedback report, issue 3)
-- belong to no quarterly cycle: cycle_id becomes optional and promise_period_id says which period; every
-- document belongs to exactly one of them. Portable: H2 2.x and PostgreSQL read the same statements.
alter table public_document alter column cycle_id drop not null;
alter table public_document add column promise_period_id bigint references promise_period (id);
alter table public_document add constraint ck_public_document_owner
  check ((cycle_id is not null and promise_period_id is null) or (cycle_id is null and promise_period_id is not null));
create index ix_public_document_promise_period on public_document (promise_period_id);
