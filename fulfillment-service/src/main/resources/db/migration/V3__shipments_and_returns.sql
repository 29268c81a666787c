create table shipment (
  id                  uuid primary key,
  order_id            text        not null,
  customer_id         text,                  -- token subject of the buyer: they may open returns for it
  market              text        not null,
  from_location       text        not null references stock_location (code),
  from_country        text        not null,
  destination_country text        not null,
  carrier             text        not null,
  service             text        not null,
  lines               jsonb       not null,
  parcels             jsonb       not null,
  customs             jsonb,
  state               text        not null,
  state_reason        text,                  -- why a label failed
  state_at            timestamptz,
  tracking_number     text unique,
  created_at          timestamptz not null,
  updated_at          timestamptz not null,
  version             bigint      not null default 0
);
create index shipment_order on shipment (order_id);

-- Every verified carrier webhook, stored before it is applied; the webhook id makes redelivery harmless.
create table tracking_event (
  webhook_id      text primary key,
  carrier         text        not null,
  tracking_number text        not null,
  shipment_id     uuid references shipment (id),
  status          text        not null,
  occurred_at     timestamptz not null,
  received_at     timestamptz not null,
  applied         boolean     not null,   -- false: late, duplicate or unknown shipment
  payload         text        not null
);

create table return_case (
  id              uuid primary key,
  shipment_id     uuid        not null references shipment (id),
  order_id        text        not null,
  customer_id     text,
  market          text        not null,
  destination     text        not null references stock_location (code),
  status          text        not null check (status in ('OPEN', 'RECEIVED')),
  lines           jsonb       not null,
  tracking_number text,
  opened_at       timestamptz not null,
  received_at     timestamptz,
  version         bigint      not null default 0
);
create index return_case_shipment on return_case (shipment_id);
