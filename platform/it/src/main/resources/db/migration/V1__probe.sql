create table probe_item (
    id uuid primary key,
    sku text not null,
    created_at timestamptz not null default now()
);
