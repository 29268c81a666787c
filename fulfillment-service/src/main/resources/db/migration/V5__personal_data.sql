-- Personal data is tagged where it is stored, so data-subject requests (CustomerData) know what to export and
-- erase. Fulfillment keeps no names or addresses: only the buyer's subject id on shipments and returns.
comment on column shipment.customer_id is 'personal-data: data subject id (exported and erased on request)';
comment on column return_case.customer_id is 'personal-data: data subject id (exported and erased on request)';
create index shipment_customer on shipment (customer_id) where customer_id is not null;
create index return_case_customer on return_case (customer_id) where customer_id is not null;
