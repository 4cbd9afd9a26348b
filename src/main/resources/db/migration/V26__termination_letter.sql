-- "Lettre de résiliation": the portal draws it when a reseller asks for an OC's termination (the OC, its
-- offer, its site, the date), among the forms of the quote the OC was sold with. The reseller sends it to
-- the client's administrator: a single-use link (kept as its SHA-256) to read it and sign or refuse it;
-- signed, the letter and a certificate of completion are sealed by the portal in one PDF.
alter table sales_form
    drop constraint sales_form_type_ck,
    add constraint sales_form_type_ck
        check (form_type in ('PORTING_MANDATE', 'SEPA_MANDATE', 'METACENTREX_SETUP', 'TERMINATION_LETTER')),
    add column contracted_offer_number varchar(20),
    add column offer_name              varchar(200),
    add column site_name               varchar(200),
    add column terminates_on           date,
    add column signing_token_hash      varchar(64),
    add column signer_name             varchar(200),
    add column signer_ip               varchar(64),
    add column signer_user_agent       varchar(500),
    add column refusal_reason          varchar(2000),
    add column requested_by            varchar(254),
    add column sealed_document         bytea,
    add constraint sales_form_letter_ck
        check ((form_type = 'TERMINATION_LETTER') = (terminates_on is not null and contracted_offer_number is not null));
create unique index sales_form_signing_token_idx on sales_form (signing_token_hash)
    where signing_token_hash is not null;
create index sales_form_contracted_offer_idx on sales_form (contracted_offer_number)
    where contracted_offer_number is not null;
