-- The inbox is pruned after the topics' retention plus a margin (InboxPruner); this keeps that delete cheap.
create index inbox_event_processed_at on inbox_event (processed_at);
