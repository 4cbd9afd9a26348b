-- Every company gets a client account number ("Compte client", VTA- and digits), shown on the client
-- page and, later, on its contracted offers. The database gives it at insert.
create sequence client_account_seq start with 10000;
alter table company add column account_number varchar(20);
update company set account_number = 'VTA-' || nextval('client_account_seq')
where id in (select id from company order by id);
alter table company alter column account_number set default 'VTA-' || nextval('client_account_seq');
alter table company alter column account_number set not null;
alter table company add constraint company_account_number_key unique (account_number);
grant usage, select on sequence client_account_seq to myopenip_tenant;

-- The main site has a name, "Siège Social" until its user gives another.
update site set name = 'Siège Social' where main and (name is null or name = '');
