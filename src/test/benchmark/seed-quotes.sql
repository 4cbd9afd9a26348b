-- Benchmark data: 200,000 quotes, two for each of the 100,000 seeded clients (so a reseller has 4,000
-- and a client-name prefix matches 40,000), spread over the demo offers, the four steps and 200,000
-- minutes of creation. Run after seed-companies.sql. The dashboards' summaries are counted once at the end,
-- not row by row (a deferred trigger a row would take most of the seed's time).
alter table quote disable trigger user;
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
alter table quote enable trigger user;
select myopenip_rebuild_figures();

vacuum analyze quote;

-- A quote of 50 lines, for the PDF's benchmark: an offer of 50 products in 5 sections, quoted for the
-- demo client "Boulangerie Dupain" (Alpha Télécom) with its sites and administrator, at step 3.
insert into offer (name, description, commitment_months, renewal_months, notice_months, termination_fee,
                   created_at, created_by, updated_at, updated_by)
values ('Banc d''essai 50 produits', 'Offre du banc d''essai des PDF', 12, 12, 3, 150, now(), 'benchmark', now(),
        'benchmark');
insert into product (offer_id, section, name, supplier_reference, position, setup_client, setup_operator,
                     monthly_client, monthly_operator, created_at, created_by, updated_at, updated_by)
select o.id, 'Section ' || (1 + (n - 1) / 10), 'Produit du banc d''essai n° ' || n || ' (licence, numéro ou service)',
       'BEN-' || n, n, (n % 7) * 10, (n % 7) * 5, 1.90 + n % 13, 0.50 + n % 13, now(), 'benchmark', now(), 'benchmark'
from offer o
         cross join generate_series(1, 50) n
where o.name = 'Banc d''essai 50 produits';
insert into quote (owner_id, client_id, client_name, client_city, offer_id, offer_name, commitment_months, step,
                   valid_until, created_at, created_by, updated_at, installation_site_id, billing_point_id, comment)
select c.referent_id, c.id, c.name, 'SAINT AVERTIN', o.id, o.name, 12, 3, current_date + 30, now(), 'benchmark', now(),
       (select s.id from site s where s.company_id = c.id and s.main),
       (select b.id from billing_point b where b.company_id = c.id and b.is_default),
       'Devis de 50 lignes du banc d''essai'
from company c,
     offer o
where c.name = 'Boulangerie Dupain'
  and o.name = 'Banc d''essai 50 produits';
insert into quote_line (owner_id, quote_id, product_id, section, product_name, supplier_reference, quantity,
                        setup_client, monthly_client, setup_operator, monthly_operator, created_at, updated_at)
select q.owner_id, q.id, p.id, p.section, p.name, p.supplier_reference, 1 + p.position % 5, p.setup_client,
       p.monthly_client, p.setup_operator, p.monthly_operator, now(), now()
from quote q
         join product p on p.offer_id = q.offer_id
where q.comment = 'Devis de 50 lignes du banc d''essai';
insert into quote_contact (owner_id, quote_id, contact_id, created_at, updated_at)
select q.owner_id, q.id, k.id, now(), now()
from quote q
         join contact k on k.company_id = q.client_id and k.administrator
where q.comment = 'Devis de 50 lignes du banc d''essai';
update quote q
set setup_total   = t.setup,
    monthly_total = t.monthly
from (select quote_id, sum(quantity * setup_client) setup, sum(quantity * monthly_client) monthly
      from quote_line
      group by quote_id) t
where t.quote_id = q.id
  and q.comment = 'Devis de 50 lignes du banc d''essai';
