-- A document is known by its UN symbol, or by its issuing body and number (ITU PP Resolution 140),
-- or, until either is known, only by its stable id and title: at least one of the three.
alter table document alter column title drop not null;
alter table document add column number text;
alter table document add column session text;
alter table document add column status text not null default 'ADOPTED';
alter table document add column latest_version_id uuid;
-- number and label of the latest version, kept with the document for lists and change events
alter table document add column latest_version int;
alter table document add column latest_version_label text;
alter table document add constraint document_identified
    check (symbol is not null or number is not null or title is not null);

create unique index document_body_number on document (lower(issuing_body), document_type, lower(number))
    where number is not null;
create index document_adopted on document (adopted_on);

-- The texts of a document: version 1, 2... ; the latest is the document's latest_version_id.
create table document_version (
    id          uuid        primary key,
    document_id uuid        not null references document (id) on delete cascade,
    number      int         not null,
    label       text,
    adopted_on  date,
    paragraph_count int     not null,
    created_at  timestamptz not null,
    unique (document_id, number)
);

alter table document add constraint document_latest_version
    foreign key (latest_version_id) references document_version (id) deferrable initially deferred;

-- Paragraphs in printed order; anchor is the address within the document (para_133, preamble_2).
create table paragraph (
    id          uuid    primary key,
    version_id  uuid    not null references document_version (id) on delete cascade,
    document_id uuid    not null references document (id) on delete cascade,
    position    int     not null,
    kind        text    not null,
    number      text,
    anchor      text    not null,
    text        text    not null,
    search      tsvector generated always as (to_tsvector('english', text)) stored,
    unique (version_id, position),
    unique (version_id, anchor)
);

create index paragraph_search on paragraph using gin (search);
create index paragraph_document on paragraph (document_id);

-- What a document cites, with what the citing document says of it.
create table document_reference (
    from_document_id uuid not null references document (id) on delete cascade,
    to_document_id   uuid not null references document (id) on delete cascade,
    note             text,
    primary key (from_document_id, to_document_id),
    check (from_document_id <> to_document_id)
);

create index document_reference_to on document_reference (to_document_id);
