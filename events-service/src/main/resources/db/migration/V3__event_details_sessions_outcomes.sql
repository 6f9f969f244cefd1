-- What an event is beyond its title and dates: how precisely the dates are known, its series,
-- place and time zone, the event it is part of, who organizes it and who takes part.
alter table event
    add column date_precision text,
    add column series         text,
    add column edition        text,
    add column time_zone      text,
    add column city           text,
    add column country_code   text,
    add column venue          text,
    add column mode           text,
    add column description    text,
    add column parent_id      uuid references event (id);
update event set date_precision = 'DAY';
alter table event alter column date_precision set not null;

create index event_parent on event (parent_id);
create index event_series on event (lower(series));
create index event_period on event (start_date, end_date);
drop index event_start;

-- Organizations by membership-service id, in the order given; names come from the replica.
create table event_organizer (
    event_id        uuid not null references event (id) on delete cascade,
    position        int  not null,
    organization_id uuid not null,
    primary key (event_id, position)
);
create index event_organizer_organization on event_organizer (organization_id);

create table event_participant (
    event_id        uuid not null references event (id) on delete cascade,
    position        int  not null,
    organization_id uuid not null,
    primary key (event_id, position)
);
create index event_participant_organization on event_participant (organization_id);

-- Sessions and segments of an event; date and times (local to the event's time zone) when known.
create table session (
    id         uuid primary key,
    event_id   uuid not null references event (id) on delete cascade,
    position   int  not null,
    title      text not null,
    date       date,
    start_time time,
    end_time   time,
    summary    text,
    unique (event_id, position),
    check (start_time is null or end_time is null or end_time > start_time)
);

create table session_organizer (
    session_id      uuid not null references session (id) on delete cascade,
    position        int  not null,
    organization_id uuid not null,
    primary key (session_id, position)
);
create index session_organizer_organization on session_organizer (organization_id);

create table session_participant (
    session_id      uuid not null references session (id) on delete cascade,
    position        int  not null,
    organization_id uuid not null,
    primary key (session_id, position)
);
create index session_participant_organization on session_participant (organization_id);

-- What an event produced or received: a document (by symbol, linked through the document
-- replica once resolutions-service announces it) or an input with itemized points.
create table outcome (
    id              uuid        primary key,
    event_id        uuid        not null references event (id) on delete cascade,
    position        int         not null,
    kind            text        not null,
    title           text        not null,
    document_symbol text,
    document_key    text,
    summary         text,
    recorded_at     timestamptz not null,
    unique (event_id, position),
    check ((kind = 'DOCUMENT') = (document_symbol is not null))
);
create index outcome_document_key on outcome (document_key);

create table outcome_point (
    outcome_id uuid not null references outcome (id) on delete cascade,
    position   int  not null,
    text       text not null,
    primary key (outcome_id, position)
);

-- Former acronyms and names of replicated organizations, so references by them still resolve.
create table organization_replica_alias (
    organization_id uuid not null references organization_replica (id) on delete cascade,
    position        int  not null,
    value           text not null,
    primary key (organization_id, position)
);
create index organization_replica_alias_value on organization_replica_alias (lower(value));
create index organization_replica_acronym on organization_replica (lower(acronym));

-- What events-service knows of resolutions-service's documents, kept from its change events.
create table document_replica (
    id         uuid        primary key,
    symbol     text,
    symbol_key text,
    title      text        not null,
    version    bigint      not null,
    updated_at timestamptz not null
);
create index document_replica_symbol_key on document_replica (symbol_key);

-- References by acronym the seed could not resolve yet (the organization replica fills from
-- Kafka); linked through the event service once the organization appears in the replica.
create table pending_organization_link (
    id               uuid        primary key,
    event_id         uuid        not null references event (id) on delete cascade,
    session_id       uuid        references session (id) on delete cascade,
    role             text        not null,
    organization_key text        not null,
    created_at       timestamptz not null
);
