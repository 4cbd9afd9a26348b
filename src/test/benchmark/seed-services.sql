-- Benchmark data: the demo service of OC138637 (Cabinet Lefèvre Avocats, Alpha Télécom) grows to 5,000 more
-- licences, each a contracted sheet of its OC, given to a user with a number of the client's pool, every
-- fourth one a supervisor, every third one without international calls. Run on the demo data.
create temp table bench_service as
select s.id as service_id, s.owner_id, s.client_id, s.contracted_offer_id, s.site_name,
       (select id from product where name = 'Licence MetaCentrex SDA simple') as product_id
from telephony_service s join contracted_offer o on o.id = s.contracted_offer_id
where o.number = 'OC138637';

insert into contracted_sheet (owner_id, contracted_offer_id, number, product_id, section, product_name,
                              supplier_reference, setup_client, monthly_client, setup_operator, monthly_operator,
                              state, delivered_on, created_at, updated_at)
select b.owner_id, b.contracted_offer_id, 'FPC' || (8000000 + i), b.product_id, 'Choix des licences MetaCentrex',
       (array['Licence MetaCentrex SDA simple', 'Licence MetaCentrex SDA Full', 'Licence SVI',
              'Licence fax entreprise'])[1 + i % 4],
       'OPI-201', 10, 9.90, 5, 6.50, 'DELIVERED', current_date, now(), now()
from bench_service b cross join generate_series(1, 5000) i;

insert into licence (owner_id, service_id, contracted_sheet_id, sheet_number, name, account_code, site_name,
                     user_last_name, user_first_name, emergency_number, outgoing_restriction, supervisor,
                     created_at, updated_at)
select b.owner_id, b.service_id, cs.id, cs.number, cs.product_name, 'BENCH' || cs.id, b.site_name,
       'Utilisateur ' || substr(cs.number, 4), 'Banc', '0247' || lpad(substr(cs.number, 5), 6, '0'),
       case when substr(cs.number, 4)::int % 3 = 0 then 'INTERNATIONAL' else 'NONE' end,
       substr(cs.number, 4)::int % 4 = 0, now(), now()
from bench_service b join contracted_sheet cs on cs.contracted_offer_id = b.contracted_offer_id
where cs.number like 'FPC8%';

insert into phone_number (owner_id, client_id, number, origin, state, licence_id, created_at, updated_at)
select b.owner_id, b.client_id, '0270' || lpad(substr(l.sheet_number, 5), 6, '0'), l.sheet_number, 'ASSIGNED', l.id,
       now(), now()
from bench_service b join licence l on l.service_id = b.service_id
where l.sheet_number like 'FPC8%';

vacuum analyze licence;
vacuum analyze phone_number;
