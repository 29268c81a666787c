-- Inbox: one row per (consumer, event id) processed, written in the consumer's own transaction.
create table inbox_event (
  consumer     text        not null,
  event_id     text        not null,
  event_type   text        not null,
  processed_at timestamptz not null,
  primary key (consumer, event_id)
);
