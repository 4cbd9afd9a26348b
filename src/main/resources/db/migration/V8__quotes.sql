-- Quotes ("devis", SPEC §4), built from the catalogue for a client or a prospect. A quote belongs to
-- the client's reseller (owner_id, guarded by row-level security). Its lines keep the catalogue's
-- prices of the day (client and operator), so that a later price change never alters it.
create sequence quote_number_seq start with 95225;

create table quote (
    id                bigserial primary key,
    owner_id          bigint,
    number            varchar(12)    not null default ('DEV' || lpad(nextval('quote_number_seq')::text, 9, '0')),
    quote_version     integer        not null default 1,
    client_id         bigint         not null references company (id),
    client_name       varchar(200)   not null,
    client_city       varchar(100),
    offer_id          bigint         not null references offer (id),
    offer_name        varchar(200)   not null,
    commitment_months integer        not null,
    step              integer        not null default 1,
    setup_total       numeric(12, 2) not null default 0,
    monthly_total     numeric(12, 2) not null default 0,
    valid_until       date           not null,
    created_at        timestamptz    not null,
    created_by        varchar(100)   not null,
    updated_at        timestamptz    not null,
    version           bigint         not null default 0,
    constraint quote_number_version_key unique (number, quote_version),
    constraint quote_step_ck check (step between 1 and 4)
);
create index quote_owner_created_idx on quote (owner_id, created_at desc, id desc);
create index quote_created_idx on quote (created_at desc, id desc);
create index quote_client_idx on quote (client_id);

create table quote_line (
    id                   bigserial primary key,
    owner_id             bigint,
    quote_id             bigint         not null references quote (id),
    product_id           bigint         not null references product (id),
    section              varchar(200)   not null,
    product_name         varchar(200)   not null,
    supplier_reference   varchar(40),
    quantity             integer        not null,
    setup_client         numeric(12, 2) not null,
    monthly_client       numeric(12, 2) not null,
    setup_operator       numeric(12, 2) not null,
    monthly_operator     numeric(12, 2) not null,
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    version              bigint         not null default 0,
    constraint quote_line_product_key unique (quote_id, product_id),
    constraint quote_line_quantity_ck check (quantity between 1 and 9999)
);

select myopenip_owned_by_tenant('quote');
select myopenip_owned_by_tenant('quote_line');
grant usage, select on sequence quote_number_seq to myopenip_tenant;
