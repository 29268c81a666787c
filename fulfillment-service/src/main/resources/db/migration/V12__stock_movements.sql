-- Every on-hand change booked here (adjustments, dispatches, restocks), with when it happened, so an ERP count taken
-- at some moment is reconciled: movements after the count are applied on top of it, not undone (issue 9, #29).
create table stock_movement (
  id       bigserial   primary key,
  sku      text        not null,
  location text        not null,
  delta    bigint      not null,
  reason   text        not null,
  at       timestamptz not null
);
create index stock_movement_key_at on stock_movement (sku, location, at);
