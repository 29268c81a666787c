-- Storefront lists must not scan and sort every product of a market (10k+) per page. The product's status and
-- creation time are copied onto product_market (kept in step by triggers, in the same transaction), so each
-- sort order of a market's visible products is one ordered index scan that stops after the page.
alter table product_market add column product_active boolean not null default false;
alter table product_market add column product_created_at timestamptz;

update product_market pm set product_active = (p.status = 'ACTIVE'), product_created_at = p.created_at
from product p where p.id = pm.product_id;

create function product_market_copy_product() returns trigger language plpgsql as $$
begin
  select p.status = 'ACTIVE', p.created_at into new.product_active, new.product_created_at
  from product p where p.id = new.product_id;
  return new;
end $$;

create trigger product_market_copy_product before insert or update of product_id on product_market
  for each row execute function product_market_copy_product();

create function product_to_product_market() returns trigger language plpgsql as $$
begin
  update product_market set product_active = (new.status = 'ACTIVE'), product_created_at = new.created_at
  where product_id = new.id
    and (product_active is distinct from (new.status = 'ACTIVE') or product_created_at is distinct from new.created_at);
  return new;
end $$;

create trigger product_to_product_market after update of status, created_at on product
  for each row execute function product_to_product_market();

create index product_market_newest_idx on product_market (market, product_created_at desc, product_id desc)
  where published and compliance_status = 'allowed' and product_active;
create index product_market_price_idx on product_market (market, listing_price_minor, product_id)
  where published and compliance_status = 'allowed' and product_active;

analyze product_market;
analyze product;
