-- What resolutions-service knows of events-service's events, kept from its change events, to link
-- a mandate to the event it is due at: an event is named by its series and edition (CSTD, 29).
create table event_replica (
    id         uuid        primary key,
    title      text        not null,
    series     text,
    edition    text,
    start_date date        not null,
    version    bigint      not null,
    updated_at timestamptz not null
);

create index event_replica_edition on event_replica (lower(series), lower(edition));

-- The event a mandate is due at, by series and edition, beside the words of the paragraph.
alter table mandate
    add column due_event_series  text,
    add column due_event_edition text,
    add constraint mandate_due_event_key check ((due_event_series is null) = (due_event_edition is null));
