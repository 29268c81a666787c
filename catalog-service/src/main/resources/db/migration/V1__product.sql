create table product (
  id                  uuid        primary key,
  sku                 text        not null,
  title               jsonb       not null,
  base_price_minor    bigint      not null check (base_price_minor >= 0),
  base_price_currency char(3)     not null,
  status              text        not null check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
  created_at          timestamptz not null,
  updated_at          timestamptz not null,
  version             bigint      not null default 0,
  -- Deferred to commit: a duplicate SKU rolls back the product together with its outbox event.
  constraint product_sku_unique unique (sku) deferrable initially deferred
);
