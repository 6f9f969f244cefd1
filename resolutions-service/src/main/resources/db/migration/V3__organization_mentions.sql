-- What resolutions-service knows of membership-service's organizations, kept from its change
-- events, to tag the paragraphs that mention them.
create table organization_replica (
    id         uuid        primary key,
    acronym    text        not null,
    name       text        not null,
    version    bigint      not null,
    updated_at timestamptz not null
);

-- Every name an organization goes by (acronym, name, former ones, aliases) with the
-- PostgreSQL regular expression that finds it as a whole word in a paragraph.
create table organization_name (
    organization_id uuid    not null references organization_replica (id) on delete cascade,
    value           text    not null,
    case_sensitive  boolean not null,
    pattern         text    not null,
    primary key (organization_id, value)
);

create table paragraph_mention (
    paragraph_id    uuid not null references paragraph (id) on delete cascade,
    organization_id uuid not null,
    matched         text not null,
    primary key (paragraph_id, organization_id)
);

create index paragraph_mention_organization on paragraph_mention (organization_id);
