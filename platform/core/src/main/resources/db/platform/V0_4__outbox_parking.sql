-- A row that keeps failing for a reason retrying cannot fix (too large, refused by the broker) is parked after a
-- few attempts instead of blocking every later event of the service forever (issue 9, item 38). Parked rows stay
-- for an operator (docs/runbooks/events-not-flowing.md) and are counted by the meridian.outbox.parked gauge.
alter table outbox_event add column parked_at timestamptz;

drop index outbox_event_unsent;
create index outbox_event_pending on outbox_event (position) where sent_at is null and parked_at is null;
create index outbox_event_parked on outbox_event (parked_at) where parked_at is not null;
