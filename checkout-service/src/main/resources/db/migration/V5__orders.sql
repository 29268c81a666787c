-- Orders. One order per cart (unique cart_id); the quote the buyer confirmed is kept whole (document), so lines,
-- addresses, totals and the promotion snapshot never change when the catalog or a promotion does. The four state
-- axes are columns so merchants can search them.
create sequence order_number start with 1000001;

create table customer_order (
    id                     uuid primary key,
    number                 text not null unique,
    cart_id                uuid not null unique references cart (id),
    customer_id            text,
    email                  text not null,
    guest_token_hash       text,
    market                 text not null,
    currency               text not null,
    locale                 text not null,
    order_status           text not null,
    payment_status         text not null,
    fulfillment_status     text not null,
    return_status          text not null,
    quote_id               uuid not null,
    document               jsonb not null,
    progress               jsonb not null,
    total_minor            bigint not null,
    reservation_id         uuid,
    reservation_expires_at timestamptz,
    placed_at              timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint not null
);
create index customer_order_customer on customer_order (customer_id, placed_at desc, id desc) where customer_id is not null;
create index customer_order_email on customer_order (lower(email));
create index customer_order_search on customer_order (market, order_status, placed_at desc);
comment on column customer_order.customer_id is 'personal-data: data subject id (pseudonymised on erasure)';
comment on column customer_order.email is 'personal-data: buyer e-mail (pseudonymised on erasure)';
comment on column customer_order.document is 'personal-data: shipping address inside (pseudonymised on erasure); fiscal record otherwise';

-- The claim on a cart while its order is being placed: it decides which request may reserve stock and create the
-- order (one per cart), and carries the order id fulfillment reserves under (idempotent by order id).
create table order_placement (
    cart_id           uuid primary key references cart (id),
    order_id          uuid not null,
    idempotency_scope text not null,
    idempotency_key   text not null,
    status            text not null,
    created_at        timestamptz not null
);

-- The order's timeline: every transition on every axis, in order.
create table order_event (
    order_id   uuid not null references customer_order (id),
    seq        integer not null,
    at         timestamptz not null,
    axis       text not null,
    from_state text,
    to_state   text not null,
    event_type text not null,
    detail     text,
    primary key (order_id, seq)
);

-- The change feed for ERPs: one row per order change, numbered in commit order. Writers take a transaction lock
-- just before the insert, as the last statement of their transaction, so positions are handed out in the order
-- the changes commit: a reader that has seen position n will never see a lower position appear later.
create table order_change (
    position   bigserial primary key,
    order_id   uuid not null references customer_order (id),
    event_type text not null,
    at         timestamptz not null
);
create index order_change_order on order_change (order_id);
