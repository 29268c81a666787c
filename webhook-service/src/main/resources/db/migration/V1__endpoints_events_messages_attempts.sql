-- Webhook subscriptions of ERP/CRM integrators.
create table webhook_endpoint (
    id                         uuid primary key,
    url                        text        not null,
    description                text,
    event_types                jsonb       not null,   -- {"items": ["meridian.checkout.order.*", ...]}
    market                     text,
    enabled                    boolean     not null,
    disabled_reason            text,
    throttle_per_second        integer,
    ordering                   text        not null,   -- PER_AGGREGATE | NONE
    -- Standard Webhooks secrets (whsec_...): credentials, never returned after creation or rotation.
    secret                     text        not null,
    previous_secret            text,
    previous_secret_expires_at timestamptz,
    -- The failure streak (no success since): the disable ladder reads it.
    failing_since              timestamptz,
    failure_warnings           integer     not null default 0,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    version                    bigint      not null
);

-- Every event consumed from the topics, as received: the source of truth for replay.
create table event_log (
    event_id    text primary key,
    topic       text        not null,
    type        text        not null,
    source      text        not null,
    subject     text,
    market      text,
    event_time  timestamptz not null,
    received_at timestamptz not null,
    test        boolean     not null default false,  -- "send a test event": never replayed
    payload     text        not null                 -- the CloudEvent JSON: the body of every delivery
);
create index event_log_time on event_log (event_time) where not test;
create index event_log_received on event_log (received_at);

-- One message per (endpoint, event): what has to reach the endpoint, and where its delivery stands.
create table webhook_message (
    id               uuid primary key,
    endpoint_id      uuid        not null references webhook_endpoint (id) on delete cascade,
    event_id         text        not null references event_log (event_id) on delete cascade,
    aggregate        text,                    -- the event's subject: the per-aggregate ordering key
    seq              bigserial   not null,    -- arrival order
    status           text        not null,    -- PENDING | SENDING | SUCCEEDED | FAILED
    attempts         integer     not null default 0,  -- in the current cycle (reset by resend, recover, replay)
    next_attempt_at  timestamptz,
    first_attempt_at timestamptz,             -- of the current cycle: the head-of-line timeout counts from it
    lease_until      timestamptz,             -- SENDING: claimed by a worker until then
    trigger          text        not null,    -- EVENT | RESEND | RECOVER | REPLAY | TEST
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    unique (endpoint_id, event_id)
);
create index webhook_message_due on webhook_message (endpoint_id, next_attempt_at) where status in ('PENDING', 'SENDING');
create index webhook_message_order on webhook_message (endpoint_id, aggregate, seq) where status in ('PENDING', 'SENDING');
create index webhook_message_status on webhook_message (endpoint_id, status, updated_at);

-- The delivery log: every attempt.
create table delivery_attempt (
    id               bigserial primary key,
    message_id       uuid        not null references webhook_message (id) on delete cascade,
    endpoint_id      uuid        not null,
    event_id         text        not null,
    event_type       text        not null,
    attempt_number   integer     not null,
    trigger          text        not null,
    attempted_at     timestamptz not null,
    outcome          text        not null,    -- SUCCEEDED | FAILED
    response_status  integer,
    latency_ms       bigint      not null,
    response_excerpt text,                    -- the first bytes of the receiver's answer
    error            text,
    url              text        not null
);
create index delivery_attempt_endpoint on delivery_attempt (endpoint_id, id);
create index delivery_attempt_event on delivery_attempt (event_id, id);
create index delivery_attempt_time on delivery_attempt (attempted_at, id);
