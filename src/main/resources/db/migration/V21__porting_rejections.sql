-- A porting the order desk rejects ("Rejeter la portabilité"), with a reason from a list and, for
-- "Autre", a text: the sheet waits for the reseller ("En attente d'informations client"), its open
-- rejection shown until the reseller corrects the porting; each rejection is a round, counted.
-- The correction sends it back to the desk: the sheet and its order carry the time of the correction
-- (flagged in the queue) until the desk works the sheet again.
alter table contracted_sheet
    add column porting_rejection      varchar(30),
    add column porting_rejection_text varchar(500),
    add column porting_rejections     integer     not null default 0,
    add column porting_corrected_at   timestamptz,
    add constraint contracted_sheet_porting_rejection_check check (porting_rejection in
        ('RIO_INCORRECT', 'HOLDER_DIFFERENT', 'NUMBER_NOT_PORTABLE', 'DATE_REFUSED', 'OTHER')),
    add constraint contracted_sheet_porting_other_check check (porting_rejection is distinct from 'OTHER'
        or porting_rejection_text is not null),
    add constraint contracted_sheet_porting_rejections_check check (porting_rejections >= 0);
-- a reseller's home page reads its open rejections
create index contracted_sheet_rejected_porting_idx on contracted_sheet (owner_id, updated_at desc)
    where porting_rejection is not null;

-- Whom the correction is mailed to: the Pilote ADV's address, kept when the order is taken.
alter table customer_order
    add column adv_pilot_email      varchar(254),
    add column porting_corrected_at timestamptz;

-- The reason of a rejection, in the OC's history (its words are the messages').
alter table order_event add column reason varchar(30);
