-- Benchmark data: 50 resellers (48 new, Alpha and Beta) with 2,000 clients each (100,000 companies), names spread over five
-- words so that a prefix matches 20,000 of them. Run on a database the portal has migrated.
insert into company (name, universe, state, referent_id, prospect, created_at, created_by, updated_at, updated_by)
select 'Revendeur Banc ' || r, 'RESELLER', 'ACTIVE', (select id from company where universe = 'OPERATOR' order by id limit 1),
       false, now(), 'benchmark', now(), 'benchmark'
from generate_series(1, 48) r;

insert into company (name, universe, state, referent_id, prospect, legal_form, siren, created_at, created_by, updated_at, updated_by)
select (array['Boulangerie', 'Cabinet', 'Garage', 'Pharmacie', 'Hôtel'])[1 + i % 5] || ' ' || md5(i::text),
       'END_CLIENT',
       case when i % 10 = 0 then 'DRAFT' else 'ACTIVE' end,
       resellers.ids[1 + i % 50],
       false, 'SAS', null, now() - (i || ' minutes')::interval, 'benchmark', now(), 'benchmark'
from generate_series(1, 100000) i,
     (select array_agg(id order by id) ids from company where universe = 'RESELLER') resellers;

vacuum analyze company;
