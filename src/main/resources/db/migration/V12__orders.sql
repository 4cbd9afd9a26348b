-- Orders (SPEC §5): a validated quote places an order "COM…" and, for a creation, a contracted offer
-- "OC…" at the installation site, with per unit one contracted product sheet "FPC…" (the OC's, it
-- lives as long as the OC) and one ordered sheet "CFP…" (the order's, the order desk works it), both
-- "Non défini" at first. One order per quote: the unique constraint holds against double clicks, two
-- tabs and two instances.
create sequence customer_order_number_seq start with 155757;
create sequence contracted_offer_number_seq start with 150944;
create sequence contracted_sheet_number_seq start with 1000001;
create sequence ordered_sheet_number_seq start with 1000001;

create table contracted_offer (
    id                   bigserial primary key,
    owner_id             bigint,
    number               varchar(12)    not null default ('OC' || nextval('contracted_offer_number_seq')),
    client_id            bigint         not null references company (id),
    client_name          varchar(200)   not null,
    offer_id             bigint         not null references offer (id),
    offer_name           varchar(200)   not null,
    commitment_months    integer        not null,
    installation_site_id bigint         not null references site (id),
    billing_point_id     bigint         references billing_point (id),
    state                varchar(20)    not null default 'DEPOSITED',
    delivered_on         date,
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    version              bigint         not null default 0,
    constraint contracted_offer_number_key unique (number)
);
create index contracted_offer_owner_idx on contracted_offer (owner_id, created_at desc, id desc);
create index contracted_offer_client_idx on contracted_offer (client_id);

create table customer_order (
    id                   bigserial primary key,
    owner_id             bigint,
    number               varchar(12)    not null default ('COM' || nextval('customer_order_number_seq')),
    order_type           varchar(20)    not null,
    state                varchar(20)    not null default 'DEPOSITED',
    quote_id             bigint         references quote (id),
    quote_reference      varchar(20),
    contracted_offer_id  bigint         not null references contracted_offer (id),
    client_id            bigint         not null references company (id),
    deposited_at         timestamptz    not null,
    adv_pilot            varchar(100),
    production_pilot     varchar(100),
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    version              bigint         not null default 0,
    constraint customer_order_number_key unique (number),
    constraint customer_order_quote_key unique (quote_id),
    constraint customer_order_type_ck check (order_type in ('CREATION', 'AMENDMENT', 'TERMINATION')),
    constraint customer_order_state_ck check (state in ('DEPOSITED', 'IN_PROGRESS', 'DELIVERED', 'CANCELLED', 'TERMINATING', 'TERMINATED'))
);
create index customer_order_queue_idx on customer_order (state, deposited_at);
create index customer_order_owner_idx on customer_order (owner_id, deposited_at desc);
create index customer_order_offer_idx on customer_order (contracted_offer_id);

create table contracted_sheet (
    id                   bigserial primary key,
    owner_id             bigint,
    contracted_offer_id  bigint         not null references contracted_offer (id),
    number               varchar(12)    not null,
    product_id           bigint         not null references product (id),
    section              varchar(200)   not null,
    product_name         varchar(200)   not null,
    supplier_reference   varchar(40),
    setup_client         numeric(12, 2) not null,
    monthly_client       numeric(12, 2) not null,
    setup_operator       numeric(12, 2) not null,
    monthly_operator     numeric(12, 2) not null,
    state                varchar(30)    not null default 'UNDEFINED',
    delivered_on         date,
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    version              bigint         not null default 0,
    constraint contracted_sheet_number_key unique (number)
);
create index contracted_sheet_offer_idx on contracted_sheet (contracted_offer_id, id);

create table ordered_sheet (
    id                   bigserial primary key,
    owner_id             bigint,
    order_id             bigint         not null references customer_order (id),
    contracted_sheet_id  bigint         not null references contracted_sheet (id),
    number               varchar(12)    not null,
    state                varchar(30)    not null default 'UNDEFINED',
    planned_delivery     date,
    delivered_on         date,
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    version              bigint         not null default 0,
    constraint ordered_sheet_number_key unique (number)
);
create index ordered_sheet_order_idx on ordered_sheet (order_id, id);
create index ordered_sheet_contracted_idx on ordered_sheet (contracted_sheet_id);

select myopenip_owned_by_tenant('contracted_offer');
select myopenip_owned_by_tenant('customer_order');
select myopenip_owned_by_tenant('contracted_sheet');
select myopenip_owned_by_tenant('ordered_sheet');
grant usage, select on sequence customer_order_number_seq, contracted_offer_number_seq,
    contracted_sheet_number_seq, ordered_sheet_number_seq to myopenip_tenant;
