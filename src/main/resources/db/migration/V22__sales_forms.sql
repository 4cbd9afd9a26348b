-- "Formulaires" (the guides' menu bar): the paperwork of a sale. The catalogue says which form a
-- product needs for each unit sold (a number to port: its porting mandate), set by the operator's staff
-- on the product.
alter table product
    add column form_needed varchar(30),
    add constraint product_form_needed_ck check (form_needed in ('PORTING_MANDATE'));
update product set form_needed = 'PORTING_MANDATE' where lower(section) like 'portabilit%';

-- A form of a sale: typed, attached to its quote (the order and the OC follow from it), its client's,
-- the reseller's (owner_id, under the tenant's row-level security); its état: À compléter, Complété,
-- Signé, Refusé. A per-unit form is numbered within its quote and product (unit 1, 2…). Its fields are
-- its type's: a porting mandate's number, RIO, holder and date; a SEPA mandate's holder, IBAN, BIC and
-- RUM (both holders in one column).
create table sales_form (
    id            bigserial primary key,
    owner_id      bigint        not null references company (id),
    quote_id      bigint        not null references quote (id),
    quote_number  varchar(20)   not null,
    client_id     bigint        not null references company (id),
    client_name   varchar(200)  not null,
    client_sort   varchar(200)  collate "C" generated always as (lower(client_name)) stored,
    form_type     varchar(30)   not null,
    product_id    bigint        references product (id),
    product_name  varchar(200),
    unit          integer       not null default 1,
    state         varchar(20)   not null default 'TO_COMPLETE',
    porting_number varchar(10),
    rio           varchar(12),
    holder        varchar(200),
    desired_on    date,
    iban          varchar(34),
    bic           varchar(11),
    rum           varchar(35),
    completed_at  timestamptz,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null default 0,
    constraint sales_form_type_ck check (form_type in ('PORTING_MANDATE', 'SEPA_MANDATE')),
    constraint sales_form_state_ck check (state in ('TO_COMPLETE', 'COMPLETED', 'SIGNED', 'REFUSED')),
    constraint sales_form_unit_ck check (unit between 1 and 9999),
    constraint sales_form_completed_ck check ((state = 'TO_COMPLETE') = (completed_at is null))
);
-- one form per unit of a product of a quote (its number: all its versions), one SEPA mandate per quote;
-- a quote's forms are read by its number
create unique index sales_form_one_per_unit on sales_form (quote_number, form_type, coalesce(product_id, 0), unit);
create index sales_form_owner_idx on sales_form (owner_id, created_at desc, id desc);
create index sales_form_created_idx on sales_form (created_at desc, id desc);
create index sales_form_client_idx on sales_form (client_sort, id);
select myopenip_owned_by_tenant('sales_form');
