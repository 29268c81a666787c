-- A feed chunk that fails is retried a few times, then its job is FAILED naming the line, so it never blocks the
-- feeds after it (issue 9, #30).
alter table stock_feed_job add column attempts    integer not null default 0;
alter table stock_feed_job add column failed_line integer;
