-- One envelope, one signature. When a quote is sent to its client, each of its forms is rendered to the
-- PDF the client will read, and frozen with its SHA-256 until the client answers (or the quote's next
-- version thaws it); signing signs them all (état Signé, when), refusing refuses them all.
alter table sales_form
    add column document        bytea,
    add column document_sha256 varchar(64),
    add column decided_at      timestamptz,
    add constraint sales_form_document_ck check ((document is null) = (document_sha256 is null)),
    add constraint sales_form_decided_ck check ((state in ('SIGNED', 'REFUSED')) = (decided_at is not null));

-- The signed envelope of a quote: the quote's PDF, every form's and the certificate of completion in one
-- PDF, sealed by the portal (a PAdES signature). One per quote; the reseller's, under its row-level
-- security.
create table quote_envelope (
    id          bigserial primary key,
    owner_id    bigint,
    quote_id    bigint       not null references quote (id),
    content     bytea        not null,
    sha256      varchar(64)  not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint quote_envelope_quote_key unique (quote_id)
);
select myopenip_owned_by_tenant('quote_envelope');

-- The portal's seal when no certificate is configured (the embedded default): a key pair and its
-- self-signed certificate, made by the first instance that starts and shared by every other one. The
-- role that serves resellers has no right on it (V5): only the portal's own work reads it.
create table portal_seal_key (
    id          smallint     primary key default 1,
    private_key bytea        not null,
    certificate bytea        not null,
    created_at  timestamptz  not null,
    constraint portal_seal_key_one_ck check (id = 1)
);
