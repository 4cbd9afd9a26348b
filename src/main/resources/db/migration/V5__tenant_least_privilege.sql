-- Least privilege for myopenip_tenant, the role a reseller's connection acts as (V4). It used to get
-- every table by default; it now gets only what a reseller's work reads and writes, table by table.
-- It has no access at all to accounts and their password hashes, sessions, the security journal, the
-- outbox and Flyway's history: the portal reads and writes those as its own work (@AsThePortal), with
-- the connecting role.
alter default privileges in schema public revoke select, insert, update, delete on tables from myopenip_tenant;
alter default privileges in schema public revoke usage, select on sequences from myopenip_tenant;
revoke all on all tables in schema public from myopenip_tenant;
revoke all on all sequences in schema public from myopenip_tenant;

-- Companies keep their own policy of V4 (the reseller itself, or a company it brought).
grant select, insert, update, delete on company to myopenip_tenant;
grant usage, select on sequence company_identifier_seq to myopenip_tenant;

-- The one way a table becomes tenant-owned: every migration that adds a table whose rows belong to a
-- reseller through owner_id calls it (select myopenip_owned_by_tenant('the_table');). It turns on
-- row-level security with the two policies of V4 (the tenant's own rows; every row for the portal's
-- roles), and grants the tenant the table and its id sequence. RowLevelSecurityTest fails on a table
-- with an owner_id column that did not go through it.
create function myopenip_owned_by_tenant(target regclass) returns void
    language plpgsql
as
$$
declare
    name     text := (select relname from pg_class where oid = target);
    sequence text := pg_get_serial_sequence(target::text, 'id');
begin
    execute format('alter table %s enable row level security', target);
    execute format('drop policy if exists %I on %s', name || '_of_the_tenant', target);
    execute format('drop policy if exists %I on %s', name || '_for_other_roles', target);
    execute format('create policy %I on %s to myopenip_tenant using (owner_id = myopenip_tenant())',
                   name || '_of_the_tenant', target);
    execute format('create policy %I on %s using (current_user <> ''myopenip_tenant'')',
                   name || '_for_other_roles', target);
    execute format('grant select, insert, update, delete on %s to myopenip_tenant', target);
    if sequence is not null then
        execute format('grant usage, select on sequence %s to myopenip_tenant', sequence);
    end if;
end
$$;
revoke execute on function myopenip_owned_by_tenant(regclass) from public;

select myopenip_owned_by_tenant('site');
select myopenip_owned_by_tenant('billing_point');
select myopenip_owned_by_tenant('contact');
select myopenip_owned_by_tenant('stored_file');
select myopenip_owned_by_tenant('company_history');
