-- "Formulaires" (the guides' menu bar): the paperwork of a sale. The catalogue says which form a
-- product needs for each unit sold (a number to port: its porting mandate; a MetaCentrex licence: its
-- setup sheet), set by the operator's staff on the product.
alter table product
    add column form_needed varchar(30),
    add constraint product_form_needed_ck check (form_needed in ('PORTING_MANDATE', 'METACENTREX_SETUP'));
update product set form_needed = 'PORTING_MANDATE' where lower(section) like 'portabilit%';
update product set form_needed = 'METACENTREX_SETUP' where telephony_use in ('LICENCE', 'LICENCE_WITH_NUMBER');

-- A form of a sale: typed, attached to its quote (the order and the OC follow from it), its client's,
-- the reseller's (owner_id, under the tenant's row-level security); its fields as the form's type
-- defines them (a JSON object of texts); its état: À compléter, Complété, Signé, Refusé. A per-unit
-- form is numbered within its quote (unit 1, 2…), one per product unit.
create table sales_form (
    id          bigserial primary key,
    owner_id    bigint        not null references company (id),
    quote_id    bigint        not null references quote (id),
    quote_number varchar(20)  not null,
    client_id   bigint        not null references company (id),
    client_name varchar(200)  not null,
    form_type   varchar(30)   not null,
    unit        integer       not null default 1,
    product_id  bigint        references product (id),
    product_name varchar(200),
    state       varchar(20)   not null default 'TO_COMPLETE',
    fields      jsonb         not null default '{}'::jsonb,
    completed_at timestamptz,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    constraint sales_form_type_ck check (form_type in
        ('PORTING_MANDATE', 'SEPA_MANDATE', 'METACENTREX_SETUP', 'TERMINATION_LETTER')),
    constraint sales_form_state_ck check (state in ('TO_COMPLETE', 'COMPLETED', 'SIGNED', 'REFUSED')),
    constraint sales_form_unit_ck check (unit between 1 and 9999),
    constraint sales_form_fields_ck check (jsonb_typeof(fields) = 'object' and length(fields::text) <= 20000),
    constraint sales_form_one_per_unit unique (quote_id, form_type, product_id, unit)
);
create index sales_form_quote_idx on sales_form (quote_id, form_type, unit);
create index sales_form_owner_idx on sales_form (owner_id, created_at desc, id desc);
create index sales_form_created_idx on sales_form (created_at desc, id desc);
select myopenip_owned_by_tenant('sales_form');
