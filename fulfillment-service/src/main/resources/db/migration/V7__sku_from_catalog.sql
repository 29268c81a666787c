-- SKUs are registered and updated from catalog's product snapshots (catalog.events). The catalog version and
-- snapshot time of the last applied snapshot order them: an older or redelivered-late snapshot never overwrites a
-- newer one. Null for SKUs only ever maintained through the admin API.
alter table sku add column catalog_product_id text;
alter table sku add column catalog_version    bigint;
alter table sku add column catalog_updated_at timestamptz;
