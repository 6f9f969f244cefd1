create table organization (
    id             uuid        primary key,
    acronym        text        not null,
    name           text        not null,
    classification text        not null,
    website        text,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null
);

create unique index organization_acronym_key on organization (lower(acronym));
create index organization_updated on organization (updated_at, id);
