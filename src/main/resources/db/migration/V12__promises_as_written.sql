-- Citizen promises as councils write them (issue 14): a period is defined by its first and last month (one to
-- three years, from 2015-01); a commitment has one or more parties (police, municipality, named partners) and is
-- either quantitative (indicator, baseline, yearly target) or qualitative (what will be done, judged each year as
-- done, partly or not done, with a narrative); each party's yearly comment on a shared commitment is its own row.
-- Portable: H2 2.x and PostgreSQL read the same statements.

-- Periods: first and last month as `YYYY-MM`; the periods before this migration ran January to December.
alter table promise_period add column first_month varchar(7);
alter table promise_period add column last_month varchar(7);
update promise_period set first_month = cast(start_year as varchar(4)) || '-01',
                          last_month = cast(end_year as varchar(4)) || '-12';
alter table promise_period alter column first_month set not null;
alter table promise_period alter column last_month set not null;

-- Commitments: the kind; the quantitative fields are empty on a qualitative commitment; a baseline is optional.
alter table promise_commitment add column kind varchar(20) default 'QUANTITATIVE' not null;
alter table promise_commitment add column baseline varchar(300);
alter table promise_commitment alter column yearly_target drop not null;
alter table promise_commitment alter column unit drop not null;
alter table promise_commitment alter column indicator drop not null;

-- The parties of a commitment, in the order written (0 is the lead party); a partner has its own name.
create table promise_commitment_party (
  commitment_id  bigint        not null references promise_commitment (id),
  position       integer       not null,
  party          varchar(20)   not null,
  name           varchar(100),
  constraint pk_promise_commitment_party primary key (commitment_id, position)
);
insert into promise_commitment_party (commitment_id, position, party)
  select id, 0, party from promise_commitment;

-- Each party's comment on a commitment's yearly follow-up (a shared commitment is commented by each party).
create table commitment_comment (
  follow_up_id   bigint        not null references commitment_follow_up (id),
  party          varchar(20)   not null,
  comment        varchar(4000) not null,
  commented_by   varchar(64),
  constraint pk_commitment_comment primary key (follow_up_id, party)
);
insert into commitment_comment (follow_up_id, party, comment, commented_by)
  select f.id, c.party, f.party_comment, f.commented_by
  from commitment_follow_up f join promise_commitment c on c.id = f.commitment_id
  where f.party_comment is not null;

alter table commitment_follow_up drop column party_comment;
alter table commitment_follow_up drop column commented_by;
alter table promise_commitment drop column party;

-- The yearly judgement of a qualitative commitment: DONE, PARTLY or NOT_DONE, with a narrative.
alter table commitment_follow_up add column outcome varchar(20);
alter table commitment_follow_up add column narrative varchar(4000);
alter table commitment_follow_up add column judged_by varchar(64);
