-- Steps 3 and 4 of a quote: its comment, attachments and history ("Historique de création du devis"),
-- then its validation — by the client's e-signature (a single-use link whose token is kept only as a
-- SHA-256 hash), by the reseller on the client's behalf, or by the operator ("Validation finale de la
-- commande"). A quote sent and then changed becomes the next version: the earlier one is 'SUPERSEDED'
-- and stays readable; only one version of a number is live at a time.
alter table quote
    add column status             varchar(12)  not null default 'DRAFT',
    add column comment            varchar(2000),
    add column sales_rep_email    varchar(200),
    add column sent_at            timestamptz,
    add column signing_token_hash varchar(64),
    add column decided_at         timestamptz,
    add column decided_by         varchar(200),
    add column validation_mode    varchar(20),
    add column replaced_by_id     bigint references quote (id),
    add constraint quote_status_ck check (status in ('DRAFT', 'SENT', 'VALIDATED', 'REFUSED', 'SUPERSEDED')),
    add constraint quote_validation_mode_ck check (validation_mode in ('CLIENT_SIGNATURE', 'FOR_THE_CLIENT', 'FINAL'));
create unique index quote_signing_token_idx on quote (signing_token_hash) where signing_token_hash is not null;
create unique index quote_live_version_idx on quote (number) where status <> 'SUPERSEDED';
create index quote_decided_idx on quote (owner_id, decided_at desc) where decided_at is not null;

-- "Historique de création du devis": what happened to the quote, when and by whom.
create table quote_event (
    id          bigserial primary key,
    owner_id    bigint,
    quote_id    bigint       not null references quote (id),
    kind        varchar(30)  not null,
    actor       varchar(200) not null,
    detail      varchar(500),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index quote_event_quote_idx on quote_event (quote_id, created_at);

-- "Pièces jointes": PDFs of at most 20 MB, checked by their content, kept in the database.
create table quote_attachment (
    id          bigserial primary key,
    owner_id    bigint,
    quote_id    bigint       not null references quote (id),
    filename    varchar(200) not null,
    content     bytea        not null,
    size        integer      not null,
    sha256      varchar(64)     not null,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index quote_attachment_quote_idx on quote_attachment (quote_id);

-- The PDF sent to the client, frozen when the link is sent: what the signing page shows and what a
-- signature's SHA-256 is of.
create table quote_document (
    id          bigserial primary key,
    owner_id    bigint,
    quote_id    bigint       not null references quote (id),
    content     bytea        not null,
    sha256      varchar(64)     not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint quote_document_quote_key unique (quote_id)
);

-- The client's answer to a signing link: one per quote, whatever the number of submissions.
create table quote_signature (
    id          bigserial primary key,
    owner_id    bigint,
    quote_id    bigint       not null references quote (id),
    decision    varchar(10)  not null,
    signer_name varchar(200),
    reason      varchar(2000),
    ip_address  varchar(64)  not null,
    user_agent  varchar(500),
    pdf_sha256  varchar(64),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint quote_signature_quote_key unique (quote_id),
    constraint quote_signature_decision_ck check (decision in ('ACCEPTED', 'REFUSED')),
    constraint quote_signature_accepted_ck check (decision <> 'ACCEPTED' or (signer_name is not null and pdf_sha256 is not null)),
    constraint quote_signature_refused_ck check (decision <> 'REFUSED' or reason is not null)
);

select myopenip_owned_by_tenant('quote_event');
select myopenip_owned_by_tenant('quote_attachment');
select myopenip_owned_by_tenant('quote_signature');
select myopenip_owned_by_tenant('quote_document');

-- A reseller's action may queue a mail (a quote sent to its client) in its own transaction, so that a
-- rolled-back action sends nothing; yet the tenant role reads nothing of the outbox (V5). This function
-- is the one door: it adds a mail and gives back its id, with the rights of the schema's owner.
create function myopenip_queue_mail(recipient varchar, subject varchar, body text, created timestamptz)
    returns bigint
    language sql
    security definer
    set search_path = public
as
$$
insert into outbox_mail (created_at, recipient, subject, body, status)
values (created, recipient, subject, body, 'PENDING')
returning id
$$;
revoke execute on function myopenip_queue_mail(varchar, varchar, text, timestamptz) from public;
grant execute on function myopenip_queue_mail(varchar, varchar, text, timestamptz) to myopenip_tenant;
