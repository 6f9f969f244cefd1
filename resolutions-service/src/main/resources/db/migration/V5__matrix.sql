-- The axes of the WSIS Process and 2030 Agenda - GDC matrix: WSIS action lines (C7 with its
-- e-sub-lines as children), SDGs, GDC objectives and their commitments.
create table matrix_item (
    code        text primary key,
    axis        text not null,
    title       text,
    parent_code text references matrix_item (code),
    position    int  not null
);

create index matrix_item_axis on matrix_item (axis, position);

-- A row links a GDC objective or commitment to action lines, SDGs, organizations and mechanisms.
create table matrix_row (
    id          uuid        primary key,
    gdc_code    text        not null references matrix_item (code),
    description text,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null
);

create index matrix_row_updated on matrix_row (updated_at, id);
create index matrix_row_gdc on matrix_row (gdc_code);

create table matrix_row_item (
    row_id    uuid not null references matrix_row (id) on delete cascade,
    position  int  not null,
    item_code text not null references matrix_item (code),
    axis      text not null,
    primary key (row_id, position)
);

create index matrix_row_item_code on matrix_row_item (item_code);

create table matrix_row_organization (
    row_id          uuid not null references matrix_row (id) on delete cascade,
    position        int  not null,
    organization_id uuid not null,
    primary key (row_id, position)
);

create index matrix_row_organization_id on matrix_row_organization (organization_id);

create table matrix_row_mechanism (
    row_id    uuid not null references matrix_row (id) on delete cascade,
    position  int  not null,
    mechanism text not null,
    primary key (row_id, position)
);
