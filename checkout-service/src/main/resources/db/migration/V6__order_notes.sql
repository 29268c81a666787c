-- Merchant notes on orders (order managers); the author is the staff member's subject.
create table order_note (
    id         uuid primary key,
    order_id   uuid not null references customer_order (id),
    author     text not null,
    text       text not null,
    created_at timestamptz not null
);
create index order_note_order on order_note (order_id, created_at);
