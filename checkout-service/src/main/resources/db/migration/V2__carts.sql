-- Carts: one row per cart, its lines and codes as JSON documents (one aggregate, one optimistic version).
-- Anonymous carts are reached with an unguessable id plus a token, stored only as its SHA-256 (token_hash);
-- customer carts by the token's subject (customer_id), at most one open cart per customer and market.
create table cart (
    id               uuid primary key,
    token_hash       text,
    customer_id      text,
    market           text not null,
    currency         text not null,
    locale           text not null,
    tax_inclusive    boolean not null,
    status           text not null,
    lines            jsonb not null,
    discount_codes   jsonb not null,
    email            text,
    shipping_address jsonb,
    shipping_service text,
    merged_into      uuid,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    expires_at       timestamptz not null,
    abandoned_at     timestamptz,
    version          bigint not null,
    check ((token_hash is null) <> (customer_id is null))
);
create unique index cart_one_open_per_customer_and_market on cart (customer_id, market)
    where status = 'OPEN' and customer_id is not null;
-- cart.abandoned: open carts with an e-mail, untouched for a while, not yet reported.
create index cart_abandonment on cart (updated_at) where status = 'OPEN' and email is not null and abandoned_at is null;

comment on column cart.customer_id is 'personal-data: data subject id (exported and erased on request)';
comment on column cart.email is 'personal-data: buyer e-mail (exported and erased on request)';
comment on column cart.shipping_address is 'personal-data: name, address and phone (exported and erased on request)';
