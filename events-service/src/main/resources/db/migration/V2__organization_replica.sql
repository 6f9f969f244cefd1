-- What events-service knows of membership-service's organizations, kept from its change events.
create table organization_replica (
    id         uuid        primary key,
    acronym    text        not null,
    name       text        not null,
    version    bigint      not null,
    updated_at timestamptz not null
);
