-- The order desk (SPEC §5, guide 000). "Offres contractées" lists OCs with their current order's number,
-- type and Pilote ADV, kept on the OC row (as the quote keeps its client's name) so that the list filters,
-- sorts and pages on the OC's own indexes; the client's name lower-cased in the "C" collation serves the
-- prefix filter and the order (as V3, V13).
alter table contracted_offer
    add column site_name          varchar(200),
    add column client_sort        varchar(200) collate "C" generated always as (lower(client_name)) stored,
    add column current_order_id   bigint,
    add column order_number       varchar(12),
    add column order_type         varchar(20),
    add column adv_pilot          varchar(100),
    add constraint contracted_offer_state_ck
        check (state in ('DEPOSITED', 'IN_PROGRESS', 'DELIVERED', 'CANCELLED', 'TERMINATING', 'TERMINATED'));
update contracted_offer o
   set site_name = s.name,
       current_order_id = c.id, order_number = c.number, order_type = c.order_type, adv_pilot = c.adv_pilot
  from site s, customer_order c
 where s.id = o.installation_site_id and c.contracted_offer_id = o.id;
update contracted_offer set site_name = '' where site_name is null;
alter table contracted_offer alter column site_name set not null;

drop index contracted_offer_owner_idx;
create index contracted_offer_created_idx on contracted_offer (created_at desc, id desc) include (client_sort, state);
create index contracted_offer_owner_created_idx on contracted_offer (owner_id, created_at desc, id desc)
    include (client_sort, state);
create index contracted_offer_client_sort_idx on contracted_offer (client_sort, id) include (state, delivered_on);
create index contracted_offer_owner_client_sort_idx on contracted_offer (owner_id, client_sort, id)
    include (state, delivered_on);
create index contracted_offer_delivered_idx on contracted_offer (delivered_on, id) include (client_sort, state);
create index contracted_offer_owner_delivered_idx on contracted_offer (owner_id, delivered_on, id)
    include (client_sort, state);
-- filtered by état, sorted by delivery date (the order desk's and the resellers' usual question): the
-- index walks one état in date order and checks the client's name from its own pages
create index contracted_offer_state_delivered_idx on contracted_offer (state, delivered_on, id) include (client_sort);
create index contracted_offer_owner_state_delivered_idx on contracted_offer (owner_id, state, delivered_on, id)
    include (client_sort);

-- The OC's on-site contacts ("Contacts" of its Périmètre), copied from its quote: the ids of contacts of its
-- client, read with the client in one statement.
alter table contracted_offer add column contact_ids bigint[] not null default '{}';

-- The order desk's queue: open orders nobody has taken first, then the ones taken, each oldest first; then the
-- closed ones.
alter table customer_order
    add column client_name  varchar(200),
    add column client_sort  varchar(200) collate "C" generated always as (lower(client_name)) stored,
    add column offer_name   varchar(200),
    add column queue_rank   smallint generated always as
        (case when state in ('DELIVERED', 'CANCELLED', 'TERMINATED') then 2 when adv_pilot is null then 0 else 1 end) stored,
    add column delivered_on date,
    add column reseller_email varchar(200),
    -- a termination's date of effect ("Résiliation" at the date the reseller asked, not before the notice)
    add column effective_on date;
update customer_order c set client_name = o.client_name, offer_name = o.offer_name
  from contracted_offer o where o.id = c.contracted_offer_id;
alter table customer_order alter column client_name set not null, alter column offer_name set not null;
drop index customer_order_queue_idx;
create index customer_order_queue_idx on customer_order (queue_rank, deposited_at, id);
create index customer_order_state_idx on customer_order (state, deposited_at, id);
create index customer_order_client_sort_idx on customer_order (client_sort, deposited_at, id);
create index customer_order_pilot_idx on customer_order (adv_pilot, queue_rank, deposited_at, id);
drop index customer_order_owner_idx;
create index customer_order_owner_idx on customer_order (owner_id, queue_rank, deposited_at, id);

-- "Statut fiche produit" of an ordered sheet, and of its contracted sheet (the OC's, which follows the
-- last order that worked it).
-- The order desk's latest comment on a sheet (the history keeps them all).
alter table ordered_sheet
    add column comment varchar(2000),
    add constraint ordered_sheet_state_ck check (state in ('UNDEFINED', 'WAITING_FOR_CLIENT', 'IN_PROGRESS',
        'PORTING_DATE_CONFIRMED', 'APPOINTMENT_PLANNED', 'APPOINTMENT_FAILED', 'DELIVERING', 'DELIVERED',
        'CANCELLED', 'DELIVERY_IMPOSSIBLE', 'TERMINATING', 'TERMINATED')),
    add constraint ordered_sheet_planned_ck check (planned_delivery between date '2000-01-01' and date '2199-12-31');
alter table contracted_sheet
    add column planned_delivery date,
    add constraint contracted_sheet_state_ck check (state in ('UNDEFINED', 'WAITING_FOR_CLIENT', 'IN_PROGRESS',
        'PORTING_DATE_CONFIRMED', 'APPOINTMENT_PLANNED', 'APPOINTMENT_FAILED', 'DELIVERING', 'DELIVERED',
        'CANCELLED', 'DELIVERY_IMPOSSIBLE', 'TERMINATING', 'TERMINATED'));
-- The sheets that wait for the reseller ("En attente d'informations client", "RDV en échec").
create index ordered_sheet_waiting_idx on ordered_sheet (owner_id, order_id)
    where state in ('WAITING_FOR_CLIENT', 'APPOINTMENT_FAILED');

-- "Historique": every change of an OC, its orders and its sheets — who, when, from, to, comment.
create table order_event (
    id                   bigserial primary key,
    owner_id             bigint,
    contracted_offer_id  bigint        not null references contracted_offer (id),
    order_id             bigint        references customer_order (id),
    sheet_number         varchar(12),
    kind                 varchar(30)   not null,
    from_state           varchar(30),
    to_state             varchar(30),
    planned_delivery     date,
    comment              varchar(2000),
    actor                varchar(100)  not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0
);
create index order_event_offer_idx on order_event (contracted_offer_id, created_at desc, id desc);
create index order_event_order_idx on order_event (order_id, id);
select myopenip_owned_by_tenant('order_event');
