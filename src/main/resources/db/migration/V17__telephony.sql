-- Hosted telephony, "Mes services" (SPEC §7, guide 004).
-- What a product gives the telephony once its OC is delivered: a MetaCentrex licence, or numbers for the client's
-- pool. Catalogues already loaded get the guides' products marked.
alter table product
    add column telephony_use varchar(20),
    add constraint product_telephony_use_ck check (telephony_use in ('LICENCE', 'LICENCE_WITH_NUMBER', 'NUMBER', 'NUMBER_BLOCK'));
update product set telephony_use = 'LICENCE_WITH_NUMBER' where section like 'Choix des licences MetaCentrex%';
update product set telephony_use = 'NUMBER' where supplier_reference in ('OPI-204', 'OPI-301');
update product set telephony_use = 'NUMBER_BLOCK' where supplier_reference = 'OPI-302';

-- A service ("Réf. du service" SRV…): a delivered OC with licences, at its installation site. The client's name and
-- account, and the site's name and postal code are kept on it for the list (as the OC keeps them).
create sequence telephony_service_number_seq start with 40001;
create table telephony_service (
    id                   bigserial primary key,
    owner_id             bigint,
    number               varchar(12)  not null default ('SRV' || nextval('telephony_service_number_seq')),
    name                 varchar(200) not null,
    contracted_offer_id  bigint       not null references contracted_offer (id),
    contracted_offer_number varchar(12) not null,
    client_id            bigint       not null references company (id),
    client_name          varchar(200) not null,
    client_sort          varchar(200) collate "C" generated always as (lower(client_name)) stored,
    client_account       varchar(40),
    site_id              bigint       not null references site (id),
    site_name            varchar(200) not null,
    site_postal_code     varchar(10),
    service_type         varchar(20)  not null default 'METACENTREX',
    state                varchar(20)  not null default 'ACTIVE',
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    constraint telephony_service_number_key unique (number),
    constraint telephony_service_offer_key unique (contracted_offer_id),
    constraint telephony_service_type_ck check (service_type in ('METACENTREX')),
    constraint telephony_service_state_ck check (state in ('ACTIVE', 'TERMINATED'))
);
create index telephony_service_created_idx on telephony_service (created_at desc, id desc);
create index telephony_service_owner_created_idx on telephony_service (owner_id, created_at desc, id desc);
create index telephony_service_client_sort_idx on telephony_service (client_sort, id);
create index telephony_service_owner_client_sort_idx on telephony_service (owner_id, client_sort, id);
create index telephony_service_client_idx on telephony_service (client_id);

-- A licence: one contracted sheet (FPC…) of the service's OC. Free, or given to a user with its settings.
-- "Réf. accountcode" is the licence's account on the platform.
create table licence (
    id                   bigserial primary key,
    owner_id             bigint,
    service_id           bigint       not null references telephony_service (id),
    contracted_sheet_id  bigint       not null references contracted_sheet (id),
    sheet_number         varchar(12)  not null,
    name                 varchar(200) not null,
    account_code         varchar(20)  not null,
    site_name            varchar(200) not null,
    user_last_name       varchar(100),
    user_first_name      varchar(100),
    state                varchar(10)  generated always as
        (case when user_last_name is null then 'FREE' else 'ACTIVE' end) stored,
    emergency_number     varchar(10),
    fax2mail_number      varchar(10),
    outgoing_restriction varchar(20)  not null default 'NONE',
    beyond_plan_restricted boolean    not null default false,
    supervisor           boolean      not null default false,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    constraint licence_sheet_key unique (contracted_sheet_id),
    constraint licence_account_code_key unique (account_code),
    constraint licence_outgoing_ck check (outgoing_restriction in ('NONE', 'INTERNATIONAL', 'PREMIUM', 'ALL_BUT_EMERGENCY'))
);
create index licence_service_idx on licence (service_id, sheet_number, id);
create index licence_service_name_idx on licence (service_id, lower(name), id);
create index licence_service_user_idx on licence (service_id, lower(user_last_name), id);
create index licence_service_state_idx on licence (service_id, state, sheet_number, id);
create sequence licence_account_code_seq start with 700001;

-- The client's numbers: its pool (FREE), those given to a licence (ASSIGNED: one licence at most, the unique key),
-- and those in quarantine until a date after a dissociation without keeping them. The checks make a quarantined
-- number impossible to give to a licence, whatever the code does.
create table phone_number (
    id                   bigserial primary key,
    owner_id             bigint,
    client_id            bigint       not null references company (id),
    number               varchar(10)  not null,
    origin               varchar(12),
    state                varchar(12)  not null default 'FREE',
    licence_id           bigint       references licence (id),
    quarantine_until     date,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    constraint phone_number_number_key unique (number),
    constraint phone_number_licence_key unique (licence_id),
    constraint phone_number_format_ck check (number ~ '^0[1-9][0-9]{8}$'),
    constraint phone_number_state_ck check (state in ('FREE', 'ASSIGNED', 'QUARANTINED')),
    constraint phone_number_assigned_ck check ((state = 'ASSIGNED') = (licence_id is not null)),
    constraint phone_number_quarantine_ck check ((state = 'QUARANTINED') = (quarantine_until is not null))
);
create index phone_number_client_idx on phone_number (client_id, state, number);
-- the "SDA" filter: numbers starting with what is typed
create index phone_number_prefix_idx on phone_number (number text_pattern_ops) include (licence_id);
create index phone_number_quarantine_idx on phone_number (quarantine_until) where state = 'QUARANTINED';
-- numbers given out by openIP for its number products: the zone's digit, then this sequence
create sequence phone_number_allocation_seq start with 1000001;

-- "Groupements": groups of the service's licences (hunt groups), in the order they ring.
create table hunt_group (
    id                   bigserial primary key,
    owner_id             bigint,
    service_id           bigint       not null references telephony_service (id),
    name                 varchar(100) not null,
    strategy             varchar(20)  not null,
    member_ids           bigint[]     not null default '{}',
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    constraint hunt_group_strategy_ck check (strategy in ('SIMULTANEOUS', 'SEQUENTIAL', 'CIRCULAR')),
    constraint hunt_group_name_key unique (service_id, name)
);
create index hunt_group_service_idx on hunt_group (service_id, id);

-- The service's history: who did what, when; a user's own lines (licence_id) go with its settings when its number is
-- dissociated, the dissociation itself stays.
create table service_event (
    id                   bigserial primary key,
    owner_id             bigint,
    service_id           bigint        not null references telephony_service (id),
    licence_id           bigint        references licence (id),
    kind                 varchar(30)   not null,
    detail               varchar(2000),
    actor                varchar(100)  not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0
);
create index service_event_service_idx on service_event (service_id, created_at desc, id desc);
create index service_event_licence_idx on service_event (licence_id) where licence_id is not null;

select myopenip_owned_by_tenant('telephony_service');
select myopenip_owned_by_tenant('licence');
select myopenip_owned_by_tenant('phone_number');
select myopenip_owned_by_tenant('hunt_group');
select myopenip_owned_by_tenant('service_event');

-- What earlier deliveries gave, for a database that had OCs before this migration: a service per delivered
-- OC with licences, its licences free, and the numbers of delivered number products, licences with their SDA and
-- portings in the clients' pools (openIP's numbers in the zone of the site's département, 9 when unknown).
create temp table numbering_zone (departement varchar(3) primary key, zone int) on commit drop;
insert into numbering_zone values
    ('75', 1), ('77', 1), ('78', 1), ('91', 1), ('92', 1), ('93', 1), ('94', 1), ('95', 1), ('14', 2),
    ('18', 2), ('22', 2), ('27', 2), ('28', 2), ('29', 2), ('35', 2), ('36', 2), ('37', 2), ('41', 2),
    ('44', 2), ('45', 2), ('49', 2), ('50', 2), ('53', 2), ('56', 2), ('61', 2), ('72', 2), ('76', 2),
    ('85', 2), ('974', 2), ('976', 2), ('02', 3), ('08', 3), ('10', 3), ('21', 3), ('25', 3), ('39', 3),
    ('51', 3), ('52', 3), ('54', 3), ('55', 3), ('57', 3), ('58', 3), ('59', 3), ('60', 3), ('62', 3),
    ('67', 3), ('68', 3), ('70', 3), ('71', 3), ('80', 3), ('88', 3), ('89', 3), ('90', 3), ('01', 4),
    ('03', 4), ('04', 4), ('05', 4), ('06', 4), ('07', 4), ('11', 4), ('13', 4), ('15', 4), ('20', 4),
    ('26', 4), ('30', 4), ('34', 4), ('38', 4), ('42', 4), ('43', 4), ('48', 4), ('63', 4), ('66', 4),
    ('69', 4), ('73', 4), ('74', 4), ('83', 4), ('84', 4), ('09', 5), ('12', 5), ('16', 5), ('17', 5),
    ('19', 5), ('23', 5), ('24', 5), ('31', 5), ('32', 5), ('33', 5), ('40', 5), ('46', 5), ('47', 5),
    ('64', 5), ('65', 5), ('79', 5), ('81', 5), ('82', 5), ('86', 5), ('87', 5), ('971', 5), ('972', 5),
    ('973', 5), ('975', 5);

insert into telephony_service (owner_id, name, contracted_offer_id, contracted_offer_number, client_id, client_name,
                               client_account, site_id, site_name, site_postal_code, created_at, updated_at)
select o.owner_id, o.offer_name || ' - ' || o.site_name, o.id, o.number, o.client_id, o.client_name, c.account_number,
       o.installation_site_id, o.site_name, s.postal_code, now(), now()
from contracted_offer o
         join company c on c.id = o.client_id
         join site s on s.id = o.installation_site_id
where o.state = 'DELIVERED'
  and exists (select 1 from contracted_sheet cs join product p on p.id = cs.product_id
              where cs.contracted_offer_id = o.id and cs.state = 'DELIVERED'
                and p.telephony_use in ('LICENCE', 'LICENCE_WITH_NUMBER'));

insert into licence (owner_id, service_id, contracted_sheet_id, sheet_number, name, account_code, site_name,
                     created_at, updated_at)
select cs.owner_id, t.id, cs.id, cs.number, cs.product_name, 'AC' || nextval('licence_account_code_seq'), t.site_name,
       now(), now()
from telephony_service t
         join contracted_sheet cs on cs.contracted_offer_id = t.contracted_offer_id and cs.state = 'DELIVERED'
         join product p on p.id = cs.product_id and p.telephony_use in ('LICENCE', 'LICENCE_WITH_NUMBER')
order by cs.id;

insert into phone_number (owner_id, client_id, number, origin, created_at, updated_at)
select cs.owner_id, o.client_id,
       '0' || coalesce(z.zone, 9) || lpad((nextval('phone_number_allocation_seq') % 100000000)::text, 8, '0'),
       cs.number, now(), now()
from contracted_sheet cs
         join contracted_offer o on o.id = cs.contracted_offer_id and o.state = 'DELIVERED'
         join product p on p.id = cs.product_id
         join site s on s.id = o.installation_site_id
         left join numbering_zone z on z.departement =
             case when s.postal_code like '97%' then left(s.postal_code, 3) else left(s.postal_code, 2) end
         cross join lateral generate_series(1, case p.telephony_use when 'NUMBER_BLOCK' then 10 else 1 end) n
where cs.state = 'DELIVERED' and p.telephony_use in ('LICENCE_WITH_NUMBER', 'NUMBER', 'NUMBER_BLOCK')
order by cs.id;

insert into phone_number (owner_id, client_id, number, origin, created_at, updated_at)
select distinct on (cs.porting_number) cs.owner_id, o.client_id, cs.porting_number, cs.number, now(), now()
from contracted_sheet cs
         join contracted_offer o on o.id = cs.contracted_offer_id and o.state = 'DELIVERED'
where cs.state = 'DELIVERED' and cs.porting_number ~ '^0[1-9][0-9]{8}$'
order by cs.porting_number, cs.id
on conflict (number) do nothing;

insert into service_event (owner_id, service_id, kind, detail, actor, created_at, updated_at)
select owner_id, id, 'PROVISIONED', contracted_offer_number, 'système', now(), now() from telephony_service;
