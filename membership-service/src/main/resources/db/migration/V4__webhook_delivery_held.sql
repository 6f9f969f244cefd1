-- Deliveries are sent from memory by the instance that consumed the change, and their row is
-- written once, with the outcome of the first attempt. Until then the message row says who holds
-- its fan-out and until when; a message still not fanned out after that (the instance died) is
-- fanned out again from the table, and only what has no row yet is sent again.
alter table webhook_message add column fanned_out boolean not null default true;
alter table webhook_message add column held_until timestamptz;
create index webhook_message_held on webhook_message (held_until) where not fanned_out;

-- a row leased from the table names the instance holding it, so that instance can queue an
-- organization's next message behind it in memory while a row held by anyone else makes it wait
alter table webhook_delivery add column leased_by uuid;

-- the latest attempt lives on the delivery row (one write per delivered message); earlier ones
-- are in webhook_attempt
alter table webhook_delivery add column last_attempt_at timestamptz;
alter table webhook_delivery add column last_duration_ms int;
update webhook_delivery d set last_attempt_at = a.attempted_at, last_duration_ms = a.duration_ms
from (select distinct on (delivery_id) delivery_id, attempted_at, duration_ms
      from webhook_attempt order by delivery_id, id desc) a
where a.delivery_id = d.id;
delete from webhook_attempt where id in (select distinct on (delivery_id) id from webhook_attempt
                                         order by delivery_id, id desc);

-- thousands of rows a second: the service deletes a subscription's or an old message's rows
-- itself, instead of a per-row key check on every insert
alter table webhook_delivery drop constraint webhook_delivery_message_id_fkey;
alter table webhook_delivery drop constraint webhook_delivery_subscription_id_fkey;
alter table webhook_attempt drop constraint webhook_attempt_delivery_id_fkey;

-- what it served is read through the ready/waiting indexes now; one index less to keep per write
drop index webhook_delivery_due;
