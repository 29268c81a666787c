-- Full catalog: markets, FX, categories, rich products with variants, handles, prices, publication,
-- availability projection, full-text search and imports.
create extension if not exists unaccent;

create table market (
  code          text primary key,
  countries     jsonb   not null,
  currency      char(3) not null,
  locales       jsonb   not null,
  tax_inclusive boolean not null,
  rounding      text    not null,
  fx_derived    boolean not null,
  version       bigint  not null default 0
);

create table fx_rate (
  id             uuid primary key,
  base           char(3)        not null,
  quote          char(3)        not null,
  rate           numeric(24, 10) not null check (rate > 0),
  effective_from timestamptz    not null,
  constraint fx_rate_unique unique (base, quote, effective_from)
);

create table category (
  id        uuid primary key,
  parent_id uuid references category (id),
  name      jsonb not null
);

alter table product add column details    jsonb  not null default '{}'::jsonb;
alter table product add column variants   jsonb  not null default '[]'::jsonb;
alter table product add column category_id uuid references category (id);
alter table product add column skus       text[] not null default '{}';
alter table product add column option_values text[] not null default '{}';
create index product_updated_idx on product (updated_at, id);
create index product_category_idx on product (category_id);
create index product_option_values_idx on product using gin (option_values);

-- Every SKU of every variant, unique across the catalog (deferred like product.sku: fails at commit, with the outbox).
create table variant_sku (
  sku        text primary key deferrable initially deferred,
  product_id uuid not null references product (id) on delete cascade
);

-- Handles per locale; old handles stay (current = false) and answer with a permanent redirect.
create table product_handle (
  id         uuid primary key,
  locale     text    not null,
  handle     text    not null,
  product_id uuid    not null references product (id) on delete cascade,
  current    boolean not null,
  constraint product_handle_unique unique (locale, handle)
);
create unique index product_handle_current_idx on product_handle (product_id, locale) where current;

create table variant_price (
  id          uuid primary key,
  product_id  uuid    not null references product (id) on delete cascade,
  sku         text    not null,
  market      text    not null references market (code),
  amount_minor bigint not null check (amount_minor >= 0),
  currency    char(3) not null,
  compare_at_minor bigint check (compare_at_minor >= 0),
  sale_minor  bigint check (sale_minor >= 0),
  sale_from   timestamptz,
  sale_until  timestamptz,
  constraint variant_price_unique unique (sku, market)
);
create index variant_price_product_idx on variant_price (product_id);

create table product_market (
  id                 uuid primary key,
  product_id         uuid    not null references product (id) on delete cascade,
  market             text    not null references market (code),
  published          boolean not null,
  compliance_status  text    not null default 'allowed' check (compliance_status in ('allowed', 'blocked', 'needs-review')),
  compliance_reasons jsonb   not null default '[]'::jsonb,
  compliance_at      timestamptz,
  -- "price from" in the market's currency, maintained on writes: used for price filters and sorting
  listing_price_minor bigint,
  updated_at         timestamptz not null,
  constraint product_market_unique unique (product_id, market)
);
create index product_market_visible_idx on product_market (market, product_id) where published and compliance_status = 'allowed';

create table stock_level (
  sku        text not null,
  location   text not null,
  available  bigint not null,
  changed_at timestamptz not null,
  primary key (sku, location)
);

create table product_search (
  product_id uuid     not null references product (id) on delete cascade,
  locale     text     not null,
  config     regconfig not null,
  document   tsvector not null,
  primary key (product_id, locale)
);
create index product_search_idx on product_search using gin (document);

create table import_job (
  id          uuid primary key,
  format      text   not null,
  status      text   not null,
  total_lines int    not null,
  done_lines  int    not null default 0,
  applied     int    not null default 0,
  unchanged   int    not null default 0,
  errors      jsonb  not null default '[]'::jsonb,
  created_at  timestamptz not null,
  finished_at timestamptz
);
