-- Markets are the catalog's (EU, UK, US...: a market spans countries and sets currency and policies); routing and
-- shipping zones go by the destination country (issue 9, #33). Columns are named for what they hold.
alter table stock_location rename column markets to countries;   -- destination countries a WAREHOUSE serves
alter table reservation add column destination_country text;      -- null for reservations made before V11

-- The catalog's markets next to the per-country policies the starter configuration had (still accepted).
insert into market (code, currency, free_shipping_threshold_minor, withdrawal_days, return_hub, time_zone) values
  ('EU', 'EUR', 6000, 14, 'HUB-DE', 'Europe/Brussels'),
  ('UK', 'GBP', 5000, 14, null,     'Europe/London')
on conflict (code) do nothing;
