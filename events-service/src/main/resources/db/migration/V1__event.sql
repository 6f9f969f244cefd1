create table event (
    id          uuid        primary key,
    title       text        not null,
    kind        text        not null,
    start_date  date        not null,
    end_date    date        not null,
    status      text        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null,
    constraint event_dates check (end_date >= start_date)
);

create index event_updated on event (updated_at, id);
create index event_start on event (start_date);
