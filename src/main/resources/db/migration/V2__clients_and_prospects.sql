-- Clients and prospects: general information of the wizard's step 1, kept on the company.
alter table company
    add column client_reference  varchar(50),
    add column in_creation       boolean not null default false,
    add column siren             varchar(9),
    add column legal_form        varchar(20),
    add column comment           varchar(2000),
    add column website           varchar(300),
    add column guarantee_type    varchar(20),
    add column deposit           numeric(12, 2),
    add column sales_email       varchar(254),
    add column adv_email         varchar(254),
    add column admin_email       varchar(254),
    add column wizard_step       integer,
    add constraint company_wizard_step_ck check (wizard_step between 1 and 4);

-- Lists filter on the referent (tenant), the kind of company and a prefix of the name, sorted by name.
create index company_list_idx on company (universe, prospect, lower(name), id);
create index company_referent_list_idx on company (referent_id, universe, prospect, lower(name), id);
create index company_siren_idx on company (siren);

-- Sites of a company (the first is the main site, step 2 of the wizard).
create table site (
    id              bigserial primary key,
    company_id      bigint       not null references company (id),
    owner_id        bigint,
    main            boolean      not null default false,
    name            varchar(200),
    siret           varchar(14),
    phone           varchar(30),
    fax             varchar(30),
    email           varchar(254),
    comment         varchar(2000),
    street_number   varchar(10),
    street          varchar(200),
    building        varchar(50),
    floor           varchar(50),
    door            varchar(50),
    staircase       varchar(50),
    complement      varchar(200),
    country         varchar(60),
    postal_code     varchar(10),
    city            varchar(100),
    opening_hours   varchar(300),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0
);
create index site_company_idx on site (company_id);
create index site_owner_idx on site (owner_id);

-- Uploaded documents (PDF only), kept in the database so that every instance serves them.
create table stored_file (
    id            bigserial primary key,
    company_id    bigint        not null references company (id),
    owner_id      bigint,
    filename      varchar(255)  not null,
    content_type  varchar(100)  not null,
    size          bigint        not null,
    sha256        varchar(64)   not null,
    content       bytea         not null,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null
);
create index stored_file_company_idx on stored_file (company_id);

-- Billing points (step 3); one per company is the default.
create table billing_point (
    id                  bigserial primary key,
    company_id          bigint       not null references company (id),
    owner_id            bigint,
    is_default          boolean      not null default false,
    holder              varchar(200),
    email               varchar(254),
    payment_mode        varchar(20),
    payment_terms       varchar(30),
    payment_terms_days  integer,
    vat_regime          varchar(20),
    paper_invoice       boolean      not null default false,
    iban                varchar(34),
    bic                 varchar(11),
    rum                 varchar(35),
    sepa_mandate_id     bigint references stored_file (id),
    rib_id              bigint references stored_file (id),
    street_number       varchar(10),
    street              varchar(200),
    building            varchar(50),
    floor               varchar(50),
    door                varchar(50),
    staircase           varchar(50),
    complement          varchar(200),
    country             varchar(60),
    postal_code         varchar(10),
    city                varchar(100),
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0
);
create index billing_point_company_idx on billing_point (company_id);
create index billing_point_owner_idx on billing_point (owner_id);

-- Contacts (step 4 creates the administrator).
create table contact (
    id              bigserial primary key,
    company_id      bigint        not null references company (id),
    owner_id        bigint,
    administrator   boolean       not null default false,
    civility        varchar(10),
    last_name       varchar(100),
    first_name      varchar(100),
    phone           varchar(30),
    mobile          varchar(30),
    fax             varchar(30),
    email           varchar(254),
    functions       varchar(500)  not null default '',
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0
);
create index contact_company_idx on contact (company_id);
create index contact_owner_idx on contact (owner_id);
create index contact_last_name_idx on contact (lower(last_name));

-- History of every change of a company and what hangs from it.
create table company_history (
    id           bigserial primary key,
    company_id   bigint        not null references company (id),
    owner_id     bigint,
    occurred_at  timestamptz   not null,
    actor        varchar(100)  not null,
    subject      varchar(20)   not null,
    subject_id   bigint,
    action       varchar(20)   not null,
    detail       varchar(4000)
);
create index company_history_company_idx on company_history (company_id, occurred_at desc);
