-- Webhook ids are unique per carrier, not across carriers: replay protection is keyed by (carrier, webhook id),
-- so one carrier's id can never swallow another carrier's event (issue 9, #7).
alter table tracking_event drop constraint tracking_event_pkey;
alter table tracking_event add primary key (carrier, webhook_id);
