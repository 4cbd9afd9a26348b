-- "Mes devis" filtered on the start of the client's name: the operator's list over every quote, a
-- reseller's over its own (text_pattern_ops serves "like 'prefix%'" whatever the collation).
create index quote_client_name_idx on quote (lower(client_name) text_pattern_ops);
create index quote_owner_client_name_idx on quote (owner_id, lower(client_name) text_pattern_ops);
