-- A job that keeps failing (not a line: the job itself, e.g. its file cannot be read) is given up after
-- catalog.import.max-attempts with its reason, instead of being retried forever ahead of every later job; a failed
-- attempt waits (retry_at) and queues behind jobs that have not failed.
alter table import_job drop constraint import_job_status_check;
alter table import_job add constraint import_job_status_check
  check (status in ('queued', 'running', 'completed', 'failed'));
alter table import_job add column failure_reason text;
alter table import_job add column retry_at timestamptz;
