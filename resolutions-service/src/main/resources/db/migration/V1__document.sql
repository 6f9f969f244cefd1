create table document (
    id            uuid        primary key,
    symbol        text,
    symbol_key    text,
    title         text        not null,
    issuing_body  text        not null,
    document_type text        not null,
    adopted_on    date,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null
);

-- a symbol is optional (some documents are known before theirs is), but unique when present
create unique index document_symbol_key on document (symbol_key) where symbol_key is not null;
create index document_updated on document (updated_at, id);
