-- Checkout summaries (quotes): what the buyer confirms, with an id and an expiry. The natural key of a quote is
-- the cart at a version: asking again for the same cart version while a quote is valid answers the same quote.
create table checkout_quote (
    id           uuid primary key,
    cart_id      uuid not null references cart (id),
    cart_version bigint not null,
    currency     text not null,
    total_minor  bigint not null,
    document     jsonb not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null
);
create index checkout_quote_cart on checkout_quote (cart_id, cart_version, expires_at desc);
comment on column checkout_quote.document is 'personal-data: buyer e-mail and shipping address (erased with the cart)';
