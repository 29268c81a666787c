-- One row per effect the probe consumer applies; deliberately no unique key, so a doubled effect shows as two rows.
create table probe_effect (
    event_id text not null,
    key text not null,
    applied_at timestamptz not null default now()
);
