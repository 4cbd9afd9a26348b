-- "Ajout / Réduction" on a live OC (SPEC §6, guide 001).
-- A quote in process "AJOUT / RÉDUCTION" names its OC; each line keeps what the OC had of its product
-- ("Quantité commandée dans le devis précédent") and what it paid for it a month at its contracted prices
-- (shown struck through beside the new figure), and the discounts given ("Remise FMS", "Remise abo.", in %).
alter table quote
    add column contracted_offer_id bigint references contracted_offer (id);
create index quote_contracted_offer_idx on quote (contracted_offer_id) where contracted_offer_id is not null;
alter table quote_line
    add column initial_quantity integer       not null default 0,
    add column initial_monthly  numeric(12, 2) not null default 0,
    add column setup_discount   numeric(5, 2)  not null default 0,
    add column monthly_discount numeric(5, 2)  not null default 0,
    add constraint quote_line_discounts_ck check (setup_discount between 0 and 100 and monthly_discount between 0 and 100);

-- The units a reduction takes away (contracted sheets of the OC), and for a licence's number whether the
-- client keeps it in its pool or it goes into quarantine.
create table quote_removal (
    id                   bigserial primary key,
    owner_id             bigint,
    quote_id             bigint       not null references quote (id),
    contracted_sheet_id  bigint       not null references contracted_sheet (id),
    sheet_number         varchar(12)  not null,
    product_id           bigint       not null,
    keep_number          boolean      not null default true,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    constraint quote_removal_sheet_key unique (quote_id, contracted_sheet_id)
);
select myopenip_owned_by_tenant('quote_removal');

-- An amendment's ordered sheets: new units (as any order's), and the units it takes away, "Résiliation en
-- cours" from the start, with the number's fate the quote chose.
alter table ordered_sheet
    add column removal     boolean not null default false,
    add column keep_number boolean;
