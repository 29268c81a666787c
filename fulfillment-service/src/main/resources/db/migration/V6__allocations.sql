-- ADR 031: a confirmed reservation is an allocation. Its units stay on hand (and in reserved, so they remain
-- unavailable) until the shipment carrying them is dispatched. allocated is the part of reserved that belongs
-- to confirmed reservations; stock_allocation records per reservation line how much of it has been dispatched,
-- so the same units can never leave stock twice.
alter table stock_level add column allocated bigint not null default 0;
alter table stock_level add constraint stock_level_allocated_within_reserved
  check (allocated >= 0 and allocated <= reserved);

create table stock_allocation (
  reservation_id uuid   not null references reservation (id),
  sku            text   not null,
  location       text   not null,
  quantity       bigint not null check (quantity > 0),
  dispatched     bigint not null default 0 check (dispatched >= 0 and dispatched <= quantity),
  primary key (reservation_id, sku, location)
);
create index stock_allocation_open on stock_allocation (sku, location) where dispatched < quantity;
