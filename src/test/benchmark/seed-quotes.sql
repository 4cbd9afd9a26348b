-- Benchmark data: 200,000 quotes, two for each of the 100,000 seeded clients (so a reseller has 4,000
-- and a client-name prefix matches 40,000), spread over the demo offers, the four steps and 200,000
-- minutes of creation. Run after seed-companies.sql.
insert into quote (owner_id, client_id, client_name, client_city, offer_id, offer_name, commitment_months, step,
                   setup_total, monthly_total, valid_until, created_at, created_by, updated_at)
select c.referent_id, c.id, c.name, (array['TOURS', 'CLICHY', 'ORLÉANS', 'BLOIS'])[1 + (c.id + k) % 4],
       o.id, o.name, o.commitment_months, 1 + (c.id + k) % 4,
       ((c.id + k) % 50)::numeric, ((c.id + k) % 300)::numeric / 10, current_date + 30,
       now() - (((c.id * 2 + k) % 200000) || ' minutes')::interval, 'benchmark', now()
from company c
         cross join generate_series(0, 1) k
         join lateral (select id, name, commitment_months from offer order by id offset (c.id + k) % 4 limit 1) o on true
where c.created_by = 'benchmark' and c.universe = 'END_CLIENT';

vacuum analyze quote;
