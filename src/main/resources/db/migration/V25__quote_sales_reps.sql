-- Mes devis' "Commercial" (guide 002): a drop-down of the users who made the quotes a user sees, read from
-- this index (the tenant's authors: its owner_id first) rather than from every quote.
create index quote_owner_created_by_idx on quote (owner_id, created_by);
