-- Idempotency-Key store: the response of a creating request, replayed for a retried request.
create table idempotency_key (
  scope       text        not null,   -- principal (or "anonymous"): keys never collide across clients
  key         text        not null,
  fingerprint text        not null,   -- sha-256 of method, path and canonical body
  status      integer     not null,
  body        text,
  location    text,
  created_at  timestamptz not null,
  primary key (scope, key)
);
create index idempotency_key_created_at on idempotency_key (created_at);
