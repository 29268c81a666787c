-- Bulk import jobs: the uploaded file, a cursor committed with each line's effect, and per-line errors.
alter table import_job drop column errors;
alter table import_job add column payload      text        not null default '';
alter table import_job add column failed       int         not null default 0;
alter table import_job add column attempts     int         not null default 0;
alter table import_job add column started_at   timestamptz;
-- Moves with every committed line; a running job whose heartbeat is old was left by a dead instance.
alter table import_job add column heartbeat_at timestamptz;
alter table import_job add constraint import_job_status_check check (status in ('queued', 'running', 'completed'));
create index import_job_pending_idx on import_job (created_at) where status in ('queued', 'running');

create table import_error (
  job_id uuid not null references import_job (id) on delete cascade,
  line   int  not null,
  reason text not null,
  primary key (job_id, line)
);
