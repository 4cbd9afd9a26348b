-- A porting mandate names the donor operator too, as the OC's porting asks: validated, the sale's
-- mandates fill its OC's portings (number, donor operator, RIO, date), so the reseller types them once.
alter table sales_form add column donor_operator varchar(100);
