-- Bench data: one hot SKU with plenty of stock, and 1,000 SKUs with plenty each, all at the origin.
insert into sku (sku, weight_grams, created_at) values ('BENCH-HOT', 250, now()) on conflict do nothing;
insert into sku (sku, weight_grams, created_at)
  select 'BENCH-' || lpad(i::text, 4, '0'), 250, now() from generate_series(0, 999) i on conflict do nothing;
insert into stock_level (sku, location, on_hand, reserved, feed_version, updated_at)
  select sku, 'ORIGIN-PT', 10000000, 0, 0, now() from sku where sku like 'BENCH-%'
  on conflict (sku, location) do update set on_hand = 10000000, reserved = 0;
-- Old bench reservations would only slow the expiry sweep.
delete from reservation where order_id like 'bench-%';
