-- Problem categories (issue: categories per municipality). The national list every municipality starts from, and
-- each municipality's own changes to it: a category of its own (a code the national list does not have), a new
-- name for a national one, or a category retired (no longer offered in new forms). Stored data keeps its code, so
-- nothing recorded earlier loses its category; a retired or renamed code is still shown with its current name.
create table problem_category (
  code      varchar(40) primary key,
  label     varchar(80) not null,
  position  int         not null
);

create table municipality_problem_category (
  municipality  varchar(40)  not null,
  code          varchar(40)  not null,
  label         varchar(80),            -- null: the national name
  retired       boolean      not null,
  position      int          not null,
  changed_at    timestamp with time zone not null,
  changed_by    varchar(64),
  constraint pk_municipality_problem_category primary key (municipality, code)
);

-- The categories of the EST practice, and what councils work with besides (Brå's guidance on the local situation
-- picture): violence in close relationships, violent crime, traffic, drugs in general, youth crime, a wish for
-- visible police presence.
insert into problem_category (code, label, position) values
  ('SKADEGORELSE', 'Skadegörelse', 10),
  ('KLOTTER', 'Klotter', 20),
  ('NEDSKRAPNING', 'Nedskräpning', 30),
  ('OTRYGG_PLATS', 'Otrygg plats', 40),
  ('SAMLING_AV_PERSONER', 'Störande samling av personer', 50),
  ('MISSTANKT_NARKOTIKAHANTERING', 'Misstänkt narkotikahantering', 60),
  ('NARKOTIKA', 'Narkotika (bruk och försäljning)', 65),
  ('BUSKORNING_MOPED_ATRAKTOR', 'Buskörning med moped/A-traktor', 70),
  ('TRAFIK', 'Trafik och trafiksäkerhet', 75),
  ('BRAND_ANLAGD', 'Anlagd brand', 80),
  ('HOT_VALD_MOT_PERSONAL', 'Hot och våld mot personal', 90),
  ('VALDSBROTT', 'Våldsbrott', 95),
  ('VALD_I_NARA_RELATION', 'Våld i nära relation', 96),
  ('UNGDOMSBROTTSLIGHET', 'Ungdomsbrottslighet', 97),
  ('INCIDENT_MOT_FORTROENDEVALD', 'Incident mot förtroendevald', 100),
  ('INBROTT_STOLD', 'Inbrott och stöld', 110),
  ('BERUSADE_STORNINGAR', 'Störningar av berusade', 120),
  ('RYKTEN_SOCIALA_MEDIER', 'Rykten i sociala medier', 130),
  ('EVENEMANG_ARRANGEMANG', 'Evenemang och arrangemang', 140),
  ('SYNLIG_POLISNARVARO', 'Önskemål om synlig polisnärvaro', 145),
  ('OVRIGT', 'Övrigt', 1000);
