-- Checkout's read model of what can be sold where, fed by catalog's product snapshots (no call to catalog on the
-- cart path). One row per variant; its offers per market (price as the market states it, tax-inclusive flag,
-- publication and compliance verdict) are a JSON document replaced whole by each newer snapshot.
create table sellable_variant (
    sku               text primary key,
    product_id        uuid not null,
    product_version   bigint not null,
    product_updated_at timestamptz not null,
    product_status    text not null,
    title             jsonb not null,
    options           jsonb not null,
    brand             text,
    category_ids      jsonb not null,
    tax_category      text,
    hs_code           text,
    origin_country    text,
    weight_grams      integer,
    offers            jsonb not null,
    updated_at        timestamptz not null
);
create index sellable_variant_product on sellable_variant (product_id);

-- The markets snapshots have named, with the currency and tax basis catalog states for them: a cart can only be
-- opened in a market checkout has seen.
create table sales_market (
    code          text primary key,
    currency      text not null,
    tax_inclusive boolean not null,
    updated_at    timestamptz not null
);

-- Availability per SKU and stock location from fulfillment's stock.changed events, newest change wins.
create table variant_stock (
    sku        text not null,
    location   text not null,
    available  bigint not null,
    changed_at timestamptz not null,
    primary key (sku, location)
);
