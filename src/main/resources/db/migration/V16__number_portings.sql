-- "Portabilités de numéros" (guide 000, beside "Offres contractées"): a contracted sheet of a product to
-- port a number carries what the porting needs — the number, the donor operator, its RIO and the date
-- the client asks for — given by the reseller; the order desk confirms a date by moving the sheet to
-- "Date de portabilité confirmée" with its planned date. The list reads these sheets alone.
alter table contracted_sheet
    add column portability          boolean      not null default false,
    add column porting_number       varchar(10),
    add column donor_operator       varchar(100),
    add column rio                  varchar(12),
    add column porting_requested_on date;
update contracted_sheet set portability = true where lower(section) like 'portabilit%';
create index contracted_sheet_porting_idx on contracted_sheet (created_at desc, id desc) where portability;
create index contracted_sheet_owner_porting_idx on contracted_sheet (owner_id, created_at desc, id desc)
    where portability;

-- The quote an OC was sold with ("Voir les formulaires": the quote's PDF, as its client saw it).
alter table contracted_offer
    add column quote_id        bigint references quote (id),
    add column quote_reference varchar(20);
update contracted_offer o set quote_id = c.quote_id, quote_reference = c.quote_reference
  from customer_order c
 where c.contracted_offer_id = o.id and c.order_type = 'CREATION';
