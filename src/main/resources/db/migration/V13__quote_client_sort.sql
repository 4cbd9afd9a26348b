-- "Mes devis" by the client's name, as the company lists do (V3): the name lower-cased in the "C"
-- collation, kept by the database, so that one btree index serves the prefix filter (as a range) and the
-- order; the newest-first indexes carry it too, so that a prefix filter on the default order reads the
-- index alone. Replaces V10's text_pattern_ops indexes, which served the filter but not the order.
alter table quote
    add column client_sort varchar(200) collate "C" generated always as (lower(client_name)) stored;
drop index quote_client_name_idx;
drop index quote_owner_client_name_idx;
create index quote_client_sort_idx on quote (client_sort, id);
create index quote_owner_client_sort_idx on quote (owner_id, client_sort, id);
drop index quote_created_idx;
drop index quote_owner_created_idx;
create index quote_created_idx on quote (created_at desc, id desc) include (client_sort, step);
create index quote_owner_created_idx on quote (owner_id, created_at desc, id desc) include (client_sort, step);
