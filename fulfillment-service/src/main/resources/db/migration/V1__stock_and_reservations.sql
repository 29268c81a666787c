-- SKUs fulfillment knows about: physical data for shipping and customs. Stock and reservations refer to them,
-- so an unknown SKU is refused instead of silently creating stock for a typo.
create table sku (
  sku            text primary key,
  weight_grams   integer     not null check (weight_grams > 0),
  hs_code        text,
  origin_country text,
  description    text,
  created_at     timestamptz not null
);

create table stock_location (
  code          text primary key,
  kind          text    not null check (kind in ('ORIGIN', 'WAREHOUSE', 'RETURN_HUB')),
  country       text    not null,
  markets       text    not null default '',   -- comma-separated market codes a WAREHOUSE serves
  priority      integer not null default 100,  -- lower is preferred among warehouses serving a market
  cut_off       text    not null default '15:00',
  time_zone     text    not null default 'UTC',
  handling_days integer not null default 1 check (handling_days >= 0)
);
-- Routing falls back to "the" origin: there is exactly one.
create unique index stock_location_one_origin on stock_location (kind) where kind = 'ORIGIN';

-- on_hand and reserved never go below 0; reservations only take what is available (conditional UPDATE),
-- which is what makes overselling impossible under concurrency. feed_version orders ERP feed lines.
create table stock_level (
  sku          text        not null references sku (sku),
  location     text        not null references stock_location (code),
  on_hand      bigint      not null check (on_hand >= 0),
  reserved     bigint      not null default 0 check (reserved >= 0),
  feed_version bigint      not null default 0,
  updated_at   timestamptz not null,
  primary key (sku, location)
);

create table reservation (
  id                  uuid primary key,
  order_id            text        not null unique,   -- idempotency: one reservation per order
  market              text        not null,
  status              text        not null check (status in ('HELD', 'CONFIRMED', 'RELEASED', 'EXPIRED')),
  lines               jsonb       not null,
  routing_reason      text        not null,
  routing_explanation text        not null,
  created_at          timestamptz not null,
  expires_at          timestamptz not null,
  updated_at          timestamptz not null,
  version             bigint      not null default 0
);
create index reservation_due on reservation (expires_at) where status = 'HELD';

create table stock_feed_job (
  id            uuid primary key,
  status        text        not null check (status in ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
  total         integer     not null,
  processed     integer     not null default 0,
  applied       integer     not null default 0,
  skipped_stale integer     not null default 0,
  lines         jsonb       not null,
  error         text,
  created_at    timestamptz not null,
  finished_at   timestamptz
);
create index stock_feed_job_pending on stock_feed_job (created_at) where status in ('PENDING', 'RUNNING');
