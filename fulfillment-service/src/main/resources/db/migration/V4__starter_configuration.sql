-- Starter configuration so a fresh installation can quote and route: an origin in Portugal, a German
-- warehouse serving DE and AT, a German return hub, a US warehouse, markets, zones, services and rates.
-- Merchants change these rows (an admin API for zones and rates is still to come; locations have one).
insert into stock_location (code, kind, country, markets, priority, cut_off, time_zone, handling_days) values
  ('ORIGIN-PT', 'ORIGIN',     'PT', '',      100, '14:00', 'Europe/Lisbon',    1),
  ('WH-DE',     'WAREHOUSE',  'DE', 'DE,AT', 1,   '16:00', 'Europe/Berlin',    0),
  ('WH-US',     'WAREHOUSE',  'US', 'US',    1,   '15:00', 'America/New_York', 1),
  ('HUB-DE',    'RETURN_HUB', 'DE', '',      100, '15:00', 'Europe/Berlin',    0);

insert into market (code, currency, free_shipping_threshold_minor, withdrawal_days, return_hub, time_zone) values
  ('DE', 'EUR', 6000, 14, 'HUB-DE', 'Europe/Berlin'),
  ('AT', 'EUR', 6000, 14, 'HUB-DE', 'Europe/Vienna'),
  ('FR', 'EUR', 6000, 14, null,     'Europe/Paris'),
  ('GB', 'GBP', 5000, 14, null,     'Europe/London'),
  ('US', 'USD', 7500, 30, null,     'America/New_York');

insert into shipping_zone (code, countries) values
  ('EU', 'AT,BE,DE,DK,ES,FI,FR,IE,IT,LU,NL,PL,PT,SE'),
  ('UK', 'GB'),
  ('NA', 'US,CA');

insert into shipping_service (code, carrier, name, kind, transit_days_min, transit_days_max, incoterms,
                              free_shipping_eligible) values
  ('economy-mail', 'simpost',    'Economy direct mail',             'ECONOMY', 4, 8, 'DAP,DDP', true),
  ('express',      'simexpress', 'Express',                         'EXPRESS', 1, 3, 'DDP',     false),
  ('local',        'simlocal',   'Local delivery from a warehouse', 'LOCAL',   1, 2, 'DDP',     true);

insert into rate_table (service, zone, currency, basis, bands) values
  ('economy-mail', 'EU', 'EUR', 'WEIGHT', '[{"upTo":500,"minor":490},{"upTo":2000,"minor":790},{"upTo":10000,"minor":1490}]'),
  ('economy-mail', 'UK', 'GBP', 'WEIGHT', '[{"upTo":500,"minor":550},{"upTo":2000,"minor":950},{"upTo":10000,"minor":1800}]'),
  ('economy-mail', 'NA', 'USD', 'WEIGHT', '[{"upTo":500,"minor":990},{"upTo":2000,"minor":1690},{"upTo":10000,"minor":3490}]'),
  ('express',      'EU', 'EUR', 'WEIGHT', '[{"upTo":2000,"minor":1900},{"upTo":10000,"minor":2900}]'),
  ('express',      'UK', 'GBP', 'WEIGHT', '[{"upTo":2000,"minor":2200},{"upTo":10000,"minor":3400}]'),
  ('express',      'NA', 'USD', 'WEIGHT', '[{"upTo":2000,"minor":3900},{"upTo":10000,"minor":5900}]'),
  ('local',        'EU', 'EUR', 'ORDER_VALUE', '[{"upTo":2999,"minor":390},{"upTo":null,"minor":290}]'),
  ('local',        'NA', 'USD', 'ORDER_VALUE', '[{"upTo":2999,"minor":590},{"upTo":null,"minor":490}]');
