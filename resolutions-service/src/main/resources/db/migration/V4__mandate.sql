-- A paragraph that tasks a body with a deliverable, due by a date, by an event, or both.
create table mandate (
    id               uuid        primary key,
    document_id      uuid        not null references document (id) on delete cascade,
    paragraph_anchor text        not null,
    tasked_body      text        not null,
    deliverable      text        not null,
    due_on           date,
    due_event        text,
    status           text        not null,
    delivered_on     date,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint      not null
);

create index mandate_updated on mandate (updated_at, id);
create index mandate_body on mandate (lower(tasked_body));
create index mandate_document on mandate (document_id);
