-- Promotions and discount codes. The benefit, its target, the minimum spend per currency and the markets are one
-- JSON document (definition); what the engine filters on is in columns.
create table promotion (
    id                       uuid primary key,
    name                     text not null,
    code                     text unique,
    definition               jsonb not null,
    valid_from               timestamptz,
    valid_until              timestamptz,
    usage_limit              bigint,
    usage_limit_per_customer bigint,
    exclusivity_group        text,
    priority                 integer not null,
    active                   boolean not null,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    version                  bigint not null
);
create index promotion_automatic on promotion (priority) where code is null and active;

-- A redemption is reserved when an order is placed (in its transaction, under a lock of the promotion row) and
-- released when the order is cancelled; released ones no longer count against the limits.
create table promotion_redemption (
    promotion_id uuid not null references promotion (id),
    order_id     uuid not null,
    customer_id  text,
    code         text,
    currency     text not null,
    amount_minor bigint not null,
    status       text not null,
    reserved_at  timestamptz not null,
    released_at  timestamptz,
    primary key (promotion_id, order_id)
);
create index promotion_redemption_counted on promotion_redemption (promotion_id, customer_id) where status = 'RESERVED';
comment on column promotion_redemption.customer_id is 'personal-data: data subject id (exported and erased on request)';
