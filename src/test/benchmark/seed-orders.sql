-- Benchmark data: 1,000,000 OCs over 200 resellers (the 50 of seed-companies.sql and 150 more, each with
-- 100 clients), 5,000 each, each OC with its order and 5 contracted product sheets (5,000,000), in every
-- état and order type, delivered over five years. Client names take the five words of
-- seed-companies.sql, so that a prefix matches a fifth of them. Run after seed-companies.sql.
insert into company (name, universe, state, referent_id, prospect, created_at, created_by, updated_at, updated_by)
select 'Revendeur OC ' || r, 'RESELLER', 'ACTIVE', (select id from company where universe = 'OPERATOR' order by id limit 1),
       false, now(), 'benchmark', now(), 'benchmark'
from generate_series(1, 150) r;

insert into company (name, universe, state, referent_id, prospect, legal_form, created_at, created_by, updated_at, updated_by)
select (array['Boulangerie', 'Cabinet', 'Garage', 'Pharmacie', 'Hôtel'])[1 + i % 5] || ' OC ' || md5(i::text),
       'END_CLIENT', 'ACTIVE', r.id, false, 'SAS', now(), 'benchmark', now(), 'benchmark'
from (select id, row_number() over (order by id) n from company where name like 'Revendeur OC %') r
         cross join generate_series(1, 100) k
         cross join lateral (select r.n * 1000 + k as i) x;

-- one main site per benchmark client
insert into site (owner_id, company_id, name, main, created_at, updated_at)
select c.referent_id, c.id, 'Siège Social', true, now(), now()
from company c
where c.created_by = 'benchmark' and c.universe = 'END_CLIENT'
  and not exists (select 1 from site s where s.company_id = c.id);

create temp table bench_clients as
select c.referent_id as reseller, array_agg(c.id order by c.id) as ids, array_agg(c.name order by c.id) as names
from company c
where c.created_by = 'benchmark' and c.universe = 'END_CLIENT'
group by c.referent_id;

create temp table bench_mark as select coalesce(max(id), 0) as last_oc from contracted_offer;

create temp table bench_products as
select distinct on (p.offer_id) p.*
from product p
order by p.offer_id, p.position;

create temp table bench_offers as
select array_agg(id order by id) as ids, array_agg(name order by id) as names,
       array_agg(commitment_months order by id) as months
from (select id, name, commitment_months from offer order by id limit 4) o;

create temp sequence bench_order_number;

-- 1,000,000 OCs spread evenly over the resellers; état: a third delivered, the rest spread over the others
insert into contracted_offer (owner_id, client_id, client_name, offer_id, offer_name, commitment_months,
                              installation_site_id, site_name, state, delivered_on, order_number, order_type,
                              adv_pilot, created_at, updated_at)
select b.reseller, b.ids[1 + k % cardinality(b.ids)], b.names[1 + k % cardinality(b.ids)],
       o.ids[1 + k % 4], o.names[1 + k % 4], o.months[1 + k % 4],
       (select s.id from site s where s.company_id = b.ids[1 + k % cardinality(b.ids)] and s.main limit 1),
       'Siège Social', st.state,
       case when st.state in ('DELIVERED', 'TERMINATING', 'TERMINATED') then current_date - ((k * 7 + b.reseller) % 1800)::int end,
       'COM' || (200000000 + nextval('bench_order_number')),
       case when st.state in ('TERMINATING', 'TERMINATED') then 'TERMINATION' when k % 9 = 0 then 'AMENDMENT' else 'CREATION' end,
       case when st.state = 'DEPOSITED' then null else (array['adv', 'lucie.d', 'cecilia'])[1 + k % 3] end,
       now() - ((k * 13 + b.reseller) % 2000000 || ' minutes')::interval, now()
from bench_clients b
         cross join generate_series(1, 1000000 / (select count(*) from bench_clients)) k
         cross join bench_offers o
         cross join lateral (select (array['DELIVERED', 'DELIVERED', 'DELIVERED', 'DEPOSITED', 'IN_PROGRESS',
                                           'IN_PROGRESS', 'CANCELLED', 'TERMINATING', 'TERMINATED'])[1 + k % 9] as state) st;

-- the dashboards' summaries are counted once at the end, not row by row
alter table customer_order disable trigger user;
alter table contracted_sheet disable trigger user;

-- each OC's current order, due 10 working days (14 days) after its deposit; a delivered one took its
-- delivery date less its deposit, in working days (5 in 7)
insert into customer_order (owner_id, number, order_type, state, contracted_offer_id, client_id, client_name, offer_name,
                            offer_id, deposited_at, delivered_on, due_on, working_days_to_deliver, adv_pilot,
                            created_at, updated_at)
select o.owner_id, o.order_number, o.order_type, o.state, o.id, o.client_id, o.client_name, o.offer_name,
       o.offer_id, o.created_at, o.delivered_on,
       case when o.order_type <> 'TERMINATION' then o.created_at::date + 14 end,
       case when o.state = 'DELIVERED' then greatest(o.delivered_on - o.created_at::date, 0) * 5 / 7 end,
       o.adv_pilot, o.created_at, now()
from contracted_offer o
where o.id > (select last_oc from bench_mark);
update contracted_offer o set current_order_id = c.id
from customer_order c
where c.contracted_offer_id = o.id and o.current_order_id is null;

-- 5 contracted product sheets per OC, at the offer's first product's prices
insert into contracted_sheet (owner_id, contracted_offer_id, number, product_id, section, product_name,
                              supplier_reference, setup_client, monthly_client, setup_operator, monthly_operator,
                              state, delivered_on, ended_on, created_at, updated_at)
select o.owner_id, o.id, 'FPC' || (10000000 + o.id * 5 + n), p.id, p.section, p.name, p.supplier_reference,
       p.setup_client, p.monthly_client, p.setup_operator, p.monthly_operator,
       case o.state when 'DEPOSITED' then 'UNDEFINED' when 'TERMINATING' then 'DELIVERED' else o.state end,
       o.delivered_on, case when o.state = 'TERMINATED' then o.delivered_on + 30 end, o.created_at, now()
from contracted_offer o
         cross join generate_series(1, 5) n
         join bench_products p on p.offer_id = o.offer_id
where o.id > (select last_oc from bench_mark);

alter table customer_order enable trigger user;
alter table contracted_sheet enable trigger user;
select myopenip_rebuild_figures();

vacuum analyze company, site, contracted_offer, customer_order, contracted_sheet;
