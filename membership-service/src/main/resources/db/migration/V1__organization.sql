create extension if not exists btree_gist;

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

-- Former acronyms and names, and other names an organization is known by; lookups resolve them.
create table organization_alias (
    organization_id uuid not null references organization (id) on delete cascade,
    position        int  not null,
    value           text not null,
    kind            text not null,
    primary key (organization_id, position)
);

create unique index organization_alias_value on organization_alias (lower(value));

create table organization_identifier (
    organization_id uuid not null references organization (id) on delete cascade,
    position        int  not null,
    scheme          text not null,
    value           text not null,
    primary key (organization_id, position),
    unique (scheme, value)
);

-- Participation in UNGIS over time: [since, until), since null when not recorded.
create table participation (
    id              uuid primary key,
    organization_id uuid not null references organization (id) on delete cascade,
    status          text not null,
    since           date,
    until           date,
    check (since is null or until is null or until > since),
    -- checked at commit: closing a period and opening the next are two statements of one change
    exclude using gist (organization_id with =,
        daterange(coalesce(since, '-infinity'::date), coalesce(until, 'infinity'::date), '[)') with &&)
        deferrable initially deferred
);

create index participation_organization on participation (organization_id);

-- Terms in posts, [term_start, term_end] inclusive; term_start null when not recorded, term_end
-- null for a permanent post. A seat is held by one organization at a time: 'CHAIR',
-- 'SECRETARIAT', or 'VICE_CHAIR:<holder>'.
create table post (
    id          uuid primary key,
    holder_id   uuid not null references organization (id) on delete cascade,
    kind        text not null,
    seat        text not null,
    term_start  date,
    term_end    date,
    precision   text not null,
    on_behalf_of text,
    permanent   boolean not null,
    check (term_end is null or term_start is null or term_end >= term_start),
    exclude using gist (seat with =,
        daterange(coalesce(term_start, '-infinity'::date), coalesce(term_end, 'infinity'::date), '[]') with &&)
        deferrable initially deferred
);

create index post_holder on post (holder_id);

-- Every version of every organization, with the change that made it.
create table organization_history (
    organization_id uuid        not null references organization (id) on delete cascade,
    version         bigint      not null,
    event_type      text        not null,
    occurred_at     timestamptz not null,
    state           text        not null,
    primary key (organization_id, version)
);
