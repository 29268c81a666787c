-- Dated, versioned rule tables for the tax and duty engine. A rule id keeps its identity across rate changes:
-- a change is a new version with a later valid_from; at a date the highest covering version wins.
-- valid_from is inclusive, valid_to exclusive (NULL = open-ended). The service loads all rows into memory.

create table tax_rule (
  id            text        not null,
  version       integer     not null check (version >= 1),
  country       char(2)     not null,
  region        text,                       -- ISO 3166-2 suffix where tax depends on it (CA provinces, US states)
  category      text        not null,       -- standard, reduced, reduced-2, super-reduced, zero
  tax_name      text        not null,       -- VAT, GST, HST, PST, QST, RST, Consumption tax, Sales tax
  rate_percent  numeric(7,4) not null check (rate_percent >= 0 and rate_percent <= 100),
  valid_from    date        not null,
  valid_to      date,
  approximation boolean     not null default false,
  primary key (id, version),
  check (valid_to is null or valid_to > valid_from)
);

create table rounding_rule (
  id       text    not null,
  version  integer not null check (version >= 1),
  country  char(2) not null,
  policy   text    not null check (policy in ('PER_LINE', 'PER_TOTAL')),
  primary key (id, version)
);

create table duty_rule (
  id           text         not null,
  version      integer      not null check (version >= 1),
  destination  text         not null,     -- 'EU' or a country
  hs_prefix    text         not null,     -- '' (default), chapter, heading or subheading
  rate_percent numeric(7,4) not null check (rate_percent >= 0),
  valid_from   date         not null,
  valid_to     date,
  note         text,
  primary key (id, version),
  check (hs_prefix ~ '^([0-9]{2}){0,3}$')
);

create table low_value_regime (
  id                 text    not null,
  version            integer not null check (version >= 1),
  destination        text    not null,
  code               text    not null,
  above_code         text    not null,
  threshold_currency char(3) not null,
  threshold_amount   numeric(18,3) not null check (threshold_amount >= 0),
  valid_from         date    not null,
  valid_to           date,
  description        text,
  primary key (id, version)
);

create table duty_de_minimis (
  id                 text    not null,
  version            integer not null check (version >= 1),
  destination        text    not null,
  threshold_currency char(3) not null,
  threshold_amount   numeric(18,3) not null check (threshold_amount >= 0),
  suspended          boolean not null default false,
  valid_from         date    not null,
  valid_to           date,
  note               text,
  primary key (id, version)
);

create table fx_rate (
  id         text          not null,
  version    integer       not null check (version >= 1),
  currency   char(3)       not null,
  per_eur    numeric(18,6) not null check (per_eur > 0),
  valid_from date          not null,
  valid_to   date,
  source     text          not null,
  primary key (id, version)
);

create table preferential_origin (
  id          text    not null,
  version     integer not null check (version >= 1),
  destination text    not null,
  origin      text    not null,
  agreement   text    not null,
  primary key (id, version)
);
