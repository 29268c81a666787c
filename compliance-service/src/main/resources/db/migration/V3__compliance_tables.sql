-- Market restrictions: "category into market requires certification", "is forbidden", dangerous-goods flags.
create table restriction_rule (
  id       text    not null,
  version  integer not null check (version >= 1),
  category text    not null,          -- a catalog category id, a tax category, or '*'
  market   text    not null,          -- 'EU' or a country
  kind     text    not null check (kind in ('REQUIRES_CERTIFICATION', 'FORBIDDEN', 'DANGEROUS_GOODS')),
  subject  text,                      -- certification (CE, UKCA, FCC) or dangerous-goods flag
  note     text,
  primary key (id, version)
);

insert into restriction_rule (id, version, category, market, kind, subject, note) values
  ('ce-electronics-eu', 1, 'electronics', 'EU', 'REQUIRES_CERTIFICATION', 'CE', 'Radio Equipment / Low Voltage / EMC directives'),
  ('ce-toys-eu', 1, 'toys', 'EU', 'REQUIRES_CERTIFICATION', 'CE', 'Toy Safety Directive'),
  ('ukca-electronics-gb', 1, 'electronics', 'GB', 'REQUIRES_CERTIFICATION', 'UKCA', 'UKCA (CE accepted until further notice is not modelled)'),
  ('fcc-electronics-us', 1, 'electronics', 'US', 'REQUIRES_CERTIFICATION', 'FCC', 'FCC Part 15 for radio frequency devices'),
  ('dg-lithium-air', 1, '*', 'EU', 'DANGEROUS_GOODS', 'lithium-battery', 'UN3480/UN3481: no air freight, ground shipping only');

-- Merchant-maintained trademarks and protected terms.
create table protected_term (
  term       text        primary key,
  created_at timestamptz not null,
  created_by text        not null
);

-- Latest facts per catalog product (from catalog events) and the market status last published for it.
create table product_facts (
  product_id  text        primary key,
  sku         text,
  facts       text        not null,     -- JSON of ProductFacts
  statuses    text,                     -- JSON of the last published market statuses
  updated_at  timestamptz not null
);

create table product_review (
  product_id text        primary key,
  terms      text        not null,      -- JSON array of the terms decided on
  approved   boolean     not null,
  decided_by text        not null,
  comment    text,
  decided_at timestamptz not null
);

-- Consent ledger: append-only (no update, no delete in code; the trigger refuses them too).
create table consent_record (
  seq            bigserial   primary key,
  id             uuid        not null unique,
  subject_id     text        not null,
  purpose        text        not null,
  granted        boolean     not null,
  policy_version text        not null,
  jurisdiction   text        not null,
  source         text        not null,
  recorded_at    timestamptz not null
);
create index consent_record_subject on consent_record (subject_id, seq);

create function refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name;
end $$;
create trigger consent_record_append_only before update or delete on consent_record
  for each row execute function refuse_change();

-- Data-subject requests and each service's acknowledgement.
create table dsr_request (
  id                uuid        primary key,
  subject_id        text        not null,
  kind              text        not null,
  regulation        text        not null,
  received_at       timestamptz not null,
  deadline          timestamptz not null,
  expected_services text        not null,   -- comma-separated
  status            text        not null,
  completed_at      timestamptz
);
create index dsr_request_open on dsr_request (deadline) where status = 'OPEN';

create table dsr_ack (
  request_id uuid        not null references dsr_request (id),
  service    text        not null,
  outcome    text        not null,
  data       text,
  at         timestamptz not null,
  primary key (request_id, service)
);

-- Audit log, hash-chained (see AuditChain). Rows are never updated by the service.
create table audit_entry (
  seq          bigint      primary key,
  at           timestamptz not null,
  actor        text        not null,
  action       text        not null,
  subject      text        not null,
  before_state text,
  after_state  text,
  prev_hash    text        not null,
  hash         text        not null
);
create index audit_entry_subject on audit_entry (subject, seq);
create index audit_entry_actor on audit_entry (actor, seq);
create index audit_entry_at on audit_entry (at);
