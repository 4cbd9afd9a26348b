-- Company lists filter on a prefix of the name and sort by it or by date. Two columns kept by the
-- database let one btree index serve the list, the prefix (LIKE 'abc%') and the order, whatever the
-- database's default collation:
--   list_kind: the list a company appears in (CLIENT, PROSPECT, or its universe for partners);
--   sort_name: the name lower-cased, in the "C" collation.
alter table company
    add column list_kind varchar(20) generated always as (
        case when universe in ('END_CLIENT', 'OTHER') then case when prospect then 'PROSPECT' else 'CLIENT' end
             else universe end) stored,
    add column sort_name varchar(200) collate "C" generated always as (lower(name)) stored;

drop index company_list_idx;
drop index company_referent_list_idx;
-- The included columns are those the lists filter on (tenant, état), so that a page is found in the
-- index alone, however deep, before its 25 rows are read.
create index company_list_name_idx on company (list_kind, sort_name, id) include (referent_id, state);
create index company_list_created_idx on company (list_kind, created_at, id) include (referent_id, state, sort_name);
create index company_referent_list_name_idx on company (referent_id, list_kind, sort_name, id) include (state);
