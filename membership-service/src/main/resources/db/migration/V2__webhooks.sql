-- Webhooks: partners' endpoints, the change events to send them, and every delivery attempt.

create table webhook_subscription (
    id                         uuid        primary key,
    organization_id            uuid        not null references organization (id),
    url                        text        not null,
    event_types                text[]      not null,
    description                text,
    -- AES-GCM ciphertext of the signing secret under the configured key: a dump alone cannot sign
    secret                     bytea       not null,
    previous_secret            bytea,
    previous_secret_expires_at timestamptz,
    status                     text        not null check (status in ('ACTIVE', 'PAUSED', 'DISABLED')),
    disabled_reason            text,
    failing_since              timestamptz,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    version                    bigint      not null
);
create index webhook_subscription_organization on webhook_subscription (organization_id);

-- One row per change event received from the topic (and per test ping): what every subscriber
-- is sent, byte for byte, kept for replays.
create table webhook_message (
    id          text        primary key,
    event_type  text        not null,
    subject     text        not null,
    occurred_at timestamptz not null,
    body        text        not null,
    received_at timestamptz not null default now()
);
create index webhook_message_occurred on webhook_message (occurred_at);

-- One row per (message, subscription). PENDING rows with next_attempt_at in the future are
-- waiting for a retry or are in flight (the dispatcher leases a row by moving next_attempt_at).
create table webhook_delivery (
    id               bigserial   primary key,
    message_id       text        not null references webhook_message (id) on delete cascade,
    subscription_id  uuid        not null references webhook_subscription (id) on delete cascade,
    subject          text        not null,
    status           text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    schedule_step    int         not null default 0,
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null default now(),
    last_status_code int,
    last_error       text,
    created_at       timestamptz not null default now(),
    finished_at      timestamptz,
    unique (message_id, subscription_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
-- the ordering rule: an organization's next message waits for the first attempt of the one before
create index webhook_delivery_unsent on webhook_delivery (subscription_id, subject, id)
    where status = 'PENDING' and schedule_step = 0;
create index webhook_delivery_by_subscription on webhook_delivery (subscription_id, id);

create table webhook_attempt (
    id           bigserial   primary key,
    delivery_id  bigint      not null references webhook_delivery (id) on delete cascade,
    attempted_at timestamptz not null,
    duration_ms  int         not null,
    status_code  int,
    error        text
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, id);
