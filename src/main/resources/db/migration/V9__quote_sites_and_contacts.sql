-- Step 2 of a quote: its installation site and billing site (the client's), and its on-site contacts
-- (the client's contacts, at least one before the quote goes on).
alter table quote
    add column installation_site_id bigint references site (id),
    add column billing_point_id     bigint references billing_point (id);

create table quote_contact (
    id         bigserial primary key,
    owner_id   bigint,
    quote_id   bigint      not null references quote (id),
    contact_id bigint      not null references contact (id),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null default 0,
    constraint quote_contact_key unique (quote_id, contact_id)
);
create index quote_contact_quote_idx on quote_contact (quote_id);

select myopenip_owned_by_tenant('quote_contact');
