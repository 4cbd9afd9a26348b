-- Companies: the tenants of the portal (operator, resellers, ambassadors) and, later, their clients.
create sequence company_identifier_seq start with 40000;

create table company (
    id              bigint primary key default nextval('company_identifier_seq'),
    name            varchar(200) not null,
    universe        varchar(20)  not null,
    state           varchar(20)  not null,
    referent_id     bigint references company (id),
    prospect        boolean      not null default false,
    email           varchar(254),
    phone           varchar(30),
    created_at      timestamptz  not null,
    created_by      varchar(100) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(100) not null,
    version         bigint       not null default 0,
    constraint company_universe_ck check (universe in ('END_CLIENT', 'RESELLER', 'OPERATOR', 'AMBASSADOR', 'OTHER')),
    constraint company_state_ck check (state in ('DRAFT', 'ACTIVE', 'DISABLED'))
);
alter sequence company_identifier_seq owned by company.id;
create index company_universe_name_idx on company (universe, lower(name));
create index company_referent_idx on company (referent_id);

-- Accounts: every user belongs to a company, its tenant.
create table user_account (
    id                    bigserial primary key,
    username              varchar(100) not null,
    email                 varchar(254) not null,
    first_name            varchar(100) not null,
    last_name             varchar(100) not null,
    role                  varchar(20)  not null,
    company_id            bigint       not null references company (id),
    enabled               boolean      not null default true,
    password_hash         varchar(200) not null,
    must_change_password  boolean      not null default false,
    failed_attempts       integer      not null default 0,
    locked_until          timestamptz,
    last_login_at         timestamptz,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint user_account_role_ck check (role in ('RESELLER', 'OPERATOR', 'ADV', 'ADMIN'))
);
create unique index user_account_username_uq on user_account (lower(username));
create index user_account_company_idx on user_account (company_id);
create index user_account_last_name_idx on user_account (lower(last_name));

-- Security journal: logins, lockouts, refusals, account changes.
create table security_event (
    id           bigserial primary key,
    occurred_at  timestamptz  not null,
    type         varchar(40)  not null,
    username     varchar(100),
    company_id   bigint,
    ip           varchar(64),
    detail       varchar(500)
);
create index security_event_occurred_idx on security_event (occurred_at desc);
create index security_event_username_idx on security_event (lower(username));

-- Outbox: every e-mail the portal sends, kept; sent over SMTP when configured.
create table outbox_mail (
    id            bigserial primary key,
    created_at    timestamptz   not null,
    recipient     varchar(254)  not null,
    subject       varchar(300)  not null,
    body          text          not null,
    status        varchar(20)   not null,
    attempts      integer       not null default 0,
    sent_at       timestamptz,
    last_error    varchar(1000),
    version       bigint        not null default 0,
    constraint outbox_mail_status_ck check (status in ('PENDING', 'SENT', 'FAILED'))
);
create index outbox_mail_pending_idx on outbox_mail (created_at) where status = 'PENDING';
create index outbox_mail_created_idx on outbox_mail (created_at desc);

-- Spring Session JDBC (schema of spring-session-jdbc for PostgreSQL).
create table spring_session (
    primary_id             char(36)     not null,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  int          not null,
    expiry_time            bigint       not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)      not null,
    attribute_name      varchar(200)  not null,
    attribute_bytes     bytea         not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
