-- The catalog product version the stored facts came from: an older snapshot (a replay from the dead-letter topic)
-- never overwrites newer facts. NULL for facts stored before versions were kept.
alter table product_facts add column catalog_version bigint;

-- Re-evaluation of every known product after a restriction-rule or protected-term change, run in the background
-- (one product per transaction, the cursor moved with it) instead of inside the admin request.
create table reevaluation_job (
  id            uuid        primary key,
  reason        text        not null,
  requested_by  text        not null,
  requested_at  timestamptz not null,
  status        text        not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED')),
  total         integer,
  processed     integer     not null default 0,
  changed       integer     not null default 0,
  cursor        text,
  attempts      integer     not null default 0,
  started_at    timestamptz,
  heartbeat_at  timestamptz,
  finished_at   timestamptz
);
create index reevaluation_job_pending on reevaluation_job (requested_at) where status <> 'COMPLETED';
