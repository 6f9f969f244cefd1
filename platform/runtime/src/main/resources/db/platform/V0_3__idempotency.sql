-- Responses to creating requests sent with an Idempotency-Key, stored in the same transaction as
-- the change they made, so a retried request gets the first answer instead of a second change.
create table idempotent_request (
    caller       text        not null,
    key          text        not null,
    fingerprint  text        not null,
    status       int         not null,
    location     text,
    etag         text,
    body         text,
    created_at   timestamptz not null default now(),
    primary key (caller, key)
);

create index idempotent_request_created on idempotent_request (created_at);
