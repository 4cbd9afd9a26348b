-- "Fiche de paramétrage MetaCentrex": one per licence sold, saying who gets it (name, e-mail), its extension,
-- the number it rings on, whether its voicemail goes to that e-mail, and the hunt groups it joins. The
-- catalogue says which products need it (each MetaCentrex user licence); the order desk's delivery applies
-- it to the licence.
alter table product
    drop constraint product_form_needed_ck,
    add constraint product_form_needed_ck check (form_needed in ('PORTING_MANDATE', 'METACENTREX_SETUP'));
update product set form_needed = 'METACENTREX_SETUP'
 where telephony_use in ('LICENCE', 'LICENCE_WITH_NUMBER') and form_needed is null;

alter table sales_form
    drop constraint sales_form_type_ck,
    add constraint sales_form_type_ck check (form_type in ('PORTING_MANDATE', 'SEPA_MANDATE', 'METACENTREX_SETUP')),
    add column user_last_name     varchar(100),
    add column user_first_name    varchar(100),
    add column user_email         varchar(254),
    add column extension          varchar(6),
    add column line_number        varchar(10),
    add column voicemail_to_email boolean not null default false,
    add column hunt_groups        varchar(400);

-- A licence's user: its e-mail, its extension (one per service), its voicemail sent to that e-mail.
alter table licence
    add column email              varchar(254),
    add column extension          varchar(6),
    add column voicemail_to_email boolean not null default false;
create unique index licence_extension_key on licence (service_id, extension) where extension is not null;
