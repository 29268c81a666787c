-- Transactional outbox: written in the same transaction as the state change, published by OutboxRelay.
create table outbox_event (
  position    bigserial primary key,            -- publication order
  id          uuid        not null unique,      -- CloudEvents id
  topic       text        not null,
  message_key text        not null,             -- aggregate id = Kafka key
  type        text        not null,
  payload     text        not null,             -- the whole CloudEvent, structured JSON
  created_at  timestamptz not null,
  sent_at     timestamptz,
  attempts    integer     not null default 0,
  last_error  text
);

-- The relay only ever looks at unsent rows; keep that lookup cheap however many sent rows are kept.
create index outbox_event_unsent on outbox_event (position) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;
