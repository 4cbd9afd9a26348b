-- The catalogue (SPEC §3): offers, their product sections, their products at client and operator
-- prices. The operator's staff manage it; a reseller's connection (myopenip_tenant) only reads it.
create sequence offer_reference_seq start with 1001;

create table offer (
    id                  bigserial primary key,
    reference           varchar(20)    not null unique default ('OFO' || nextval('offer_reference_seq')),
    name                varchar(200)   not null,
    description         varchar(2000),
    upgrade_allowed     boolean        not null default false,
    packaged            boolean        not null default false,
    commitment_months   integer        not null default 0,
    tacit_renewal       boolean        not null default true,
    renewal_months      integer,
    termination_allowed boolean        not null default true,
    notice_months       integer,
    termination_fee     numeric(12, 2),
    retired_at          timestamptz,
    created_at          timestamptz    not null,
    created_by          varchar(100)   not null,
    updated_at          timestamptz    not null,
    updated_by          varchar(100)   not null,
    version             bigint         not null default 0,
    constraint offer_commitment_ck check (commitment_months in (0, 12, 24, 36)),
    constraint offer_renewal_ck check (renewal_months is null or renewal_months between 1 and 36),
    constraint offer_notice_ck check (notice_months is null or notice_months between 0 and 12),
    constraint offer_termination_fee_ck check (termination_fee is null or termination_fee >= 0)
);
create unique index offer_name_key on offer (lower(name));

-- Products of an offer, grouped in sections ("Choix des licences MetaCentrex").
create table product (
    id                 bigserial primary key,
    offer_id           bigint         not null references offer (id),
    section            varchar(200)   not null,
    name               varchar(200)   not null,
    supplier_reference varchar(40),
    position           integer        not null default 0,
    setup_client       numeric(12, 2) not null default 0,
    setup_operator     numeric(12, 2) not null default 0,
    monthly_client     numeric(12, 2) not null default 0,
    monthly_operator   numeric(12, 2) not null default 0,
    retired_at         timestamptz,
    created_at         timestamptz    not null,
    created_by         varchar(100)   not null,
    updated_at         timestamptz    not null,
    updated_by         varchar(100)   not null,
    version            bigint         not null default 0,
    constraint product_prices_ck check (setup_client >= 0 and setup_operator >= 0 and monthly_client >= 0
        and monthly_operator >= 0)
);
create index product_offer_idx on product (offer_id, section, position, id);

grant select on offer, product to myopenip_tenant;
