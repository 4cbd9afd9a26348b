-- Second wall of tenant isolation, beneath the Hibernate filter "tenant": PostgreSQL row-level
-- security. A reseller's connection acts as role myopenip_tenant, with its company in the setting
-- myopenip.tenant (shared/db/TenantScopedDataSource); the policies below then let it read and write
-- only that reseller's rows, whatever the SQL. The operator's staff and the portal's own work keep the
-- connecting role and see every row. Creating the role needs a database user that is a superuser or
-- has CREATEROLE (the embedded server's and docker-compose's users are superusers).
do
$$
    begin
        if not exists (select from pg_roles where rolname = 'myopenip_tenant') then
            create role myopenip_tenant nologin;
        end if;
    end
$$;
grant myopenip_tenant to current_user;

grant usage on schema public to myopenip_tenant;
grant select, insert, update, delete on all tables in schema public to myopenip_tenant;
grant usage, select on all sequences in schema public to myopenip_tenant;
alter default privileges in schema public grant select, insert, update, delete on tables to myopenip_tenant;
alter default privileges in schema public grant usage, select on sequences to myopenip_tenant;

-- The reseller of the connection; none (no row) when the setting is missing.
create function myopenip_tenant() returns bigint
    language sql
    stable
as
$$
select nullif(current_setting('myopenip.tenant', true), '')::bigint
$$;

-- A company: the reseller itself, or a company it brought (as TenantFilter.COMPANY_CONDITION).
alter table company enable row level security;
create policy company_of_the_tenant on company to myopenip_tenant
    using (id = myopenip_tenant() or referent_id = myopenip_tenant());
create policy company_for_other_roles on company
    using (current_user <> 'myopenip_tenant');

-- What hangs from a company: the reseller's own rows (as TenantFilter.OWNED_CONDITION).
alter table site enable row level security;
create policy site_of_the_tenant on site to myopenip_tenant
    using (owner_id = myopenip_tenant());
create policy site_for_other_roles on site
    using (current_user <> 'myopenip_tenant');

alter table billing_point enable row level security;
create policy billing_point_of_the_tenant on billing_point to myopenip_tenant
    using (owner_id = myopenip_tenant());
create policy billing_point_for_other_roles on billing_point
    using (current_user <> 'myopenip_tenant');

alter table contact enable row level security;
create policy contact_of_the_tenant on contact to myopenip_tenant
    using (owner_id = myopenip_tenant());
create policy contact_for_other_roles on contact
    using (current_user <> 'myopenip_tenant');

alter table stored_file enable row level security;
create policy stored_file_of_the_tenant on stored_file to myopenip_tenant
    using (owner_id = myopenip_tenant());
create policy stored_file_for_other_roles on stored_file
    using (current_user <> 'myopenip_tenant');

alter table company_history enable row level security;
create policy company_history_of_the_tenant on company_history to myopenip_tenant
    using (owner_id = myopenip_tenant());
create policy company_history_for_other_roles on company_history
    using (current_user <> 'myopenip_tenant');
