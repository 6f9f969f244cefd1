-- Idempotent consumption: the ids of applied change events, and the newest version applied per
-- aggregate, written in the same transaction as the consumer's effect.
create table inbox_processed_event (
    consumer          text        not null,
    event_id          text        not null,
    event_type        text        not null,
    aggregate_id      text        not null,
    aggregate_version bigint      not null,
    outcome           text        not null,
    processed_at      timestamptz not null default now(),
    primary key (consumer, event_id)
);

create table inbox_aggregate_version (
    consumer     text   not null,
    aggregate_id text   not null,
    version      bigint not null,
    primary key (consumer, aggregate_id)
);
