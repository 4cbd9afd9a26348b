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
