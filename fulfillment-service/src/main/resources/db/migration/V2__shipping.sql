create table market (
  code                          text primary key,
  currency                      text    not null,
  free_shipping_threshold_minor bigint,            -- null: never free
  withdrawal_days               integer not null check (withdrawal_days >= 0),
  return_hub                    text references stock_location (code),
  time_zone                     text    not null
);

create table shipping_zone (
  code      text primary key,
  countries text not null   -- comma-separated ISO 3166-1 alpha-2
);

create table shipping_service (
  code                   text primary key,
  carrier                text    not null,
  name                   text    not null,
  kind                   text    not null check (kind in ('ECONOMY', 'EXPRESS', 'LOCAL')),
  transit_days_min       integer not null,
  transit_days_max       integer not null,
  incoterms              text    not null,   -- comma-separated: DDP,DAP
  free_shipping_eligible boolean not null
);

-- bands: [{"upTo": 500, "minor": 490}, ..., {"upTo": null, "minor": 1490}] (grams or minor units by basis)
create table rate_table (
  service  text  not null references shipping_service (code),
  zone     text  not null references shipping_zone (code),
  currency text  not null,
  basis    text  not null check (basis in ('WEIGHT', 'ORDER_VALUE')),
  bands    jsonb not null,
  primary key (service, zone, currency)
);
