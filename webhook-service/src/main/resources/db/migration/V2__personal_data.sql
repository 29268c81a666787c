-- Personal data is tagged where it is stored. The event log keeps other services' events as they were published
-- (checkout's orders name customers): a data-subject request exports, or deletes, every logged event naming the subject.
comment on column event_log.payload is 'personal-data: may name data subjects (exported and erased on request, see EventLogPersonalData)';
comment on column delivery_attempt.response_excerpt is 'the receiver''s answer, bounded; deleted with its event';
