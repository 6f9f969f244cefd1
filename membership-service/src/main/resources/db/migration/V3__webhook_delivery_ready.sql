-- The ordering rule made cheap to lease: a delivery is "ready" once no earlier message of the same
-- organization to the same subscription waits for its first attempt. Recording an attempt
-- readies the next one of its stream, so leasing reads only ready rows instead of working out
-- every stream's head from the whole backlog.
alter table webhook_delivery add column ready boolean not null default true;

update webhook_delivery d set ready = false
where d.status = 'PENDING' and d.schedule_step = 0
  and exists (select 1 from webhook_delivery e
              where e.subscription_id = d.subscription_id and e.subject = d.subject
                and e.status = 'PENDING' and e.schedule_step = 0 and e.id < d.id);

create index webhook_delivery_ready_due on webhook_delivery (next_attempt_at, id) where status = 'PENDING' and ready;
create index webhook_delivery_waiting on webhook_delivery (id) where status = 'PENDING' and not ready;
