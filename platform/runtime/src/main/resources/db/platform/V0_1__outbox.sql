-- Transactional outbox: a change event is written in the same transaction as the change it
-- describes; the relay publishes it to Kafka after commit and stamps published_at.
create table outbox_message (
    id                uuid        primary key,
    position          bigint      generated always as identity unique,
    topic             text        not null,
    event_type        text        not null,
    aggregate_id      text        not null,
    aggregate_version bigint      not null,
    payload           text        not null,
    occurred_at       timestamptz not null,
    published_at      timestamptz
);

create index outbox_message_unpublished on outbox_message (position) where published_at is null;
create index outbox_message_published_at on outbox_message (published_at) where published_at is not null;
