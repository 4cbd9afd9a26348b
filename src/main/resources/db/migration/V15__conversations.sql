-- "Conversations" (guide 000, SPEC §5): threads about an order between the reseller and the order desk.
-- Each keeps what its lists show (its order's number, last exchange, last author, count), so that the lists
-- read the conversation row alone; who read up to when is kept per user for the unread markers.
create table conversation (
    id                   bigserial primary key,
    owner_id             bigint,
    order_id             bigint        not null references customer_order (id),
    order_number         varchar(12)   not null,
    contracted_offer_id  bigint        not null references contracted_offer (id),
    subject              varchar(200)  not null,
    state                varchar(10)   not null default 'OPEN',
    contact_email        varchar(200),
    started_by           varchar(100)  not null,
    last_message_at      timestamptz   not null,
    last_author          varchar(100)  not null,
    messages             integer       not null default 0,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0,
    constraint conversation_state_ck check (state in ('OPEN', 'CLOSED'))
);
create index conversation_offer_idx on conversation (contracted_offer_id, last_message_at desc, id desc);
create index conversation_last_idx on conversation (last_message_at desc, id desc);
create index conversation_owner_last_idx on conversation (owner_id, last_message_at desc, id desc);
create index conversation_state_last_idx on conversation (state, last_message_at desc, id desc);

create table conversation_message (
    id                   bigserial primary key,
    owner_id             bigint,
    conversation_id      bigint        not null references conversation (id),
    author               varchar(100)  not null,
    from_desk            boolean       not null,
    body                 varchar(5000) not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0
);
create index conversation_message_idx on conversation_message (conversation_id, id);

create table conversation_read (
    id                   bigserial primary key,
    owner_id             bigint,
    conversation_id      bigint        not null references conversation (id),
    username             varchar(100)  not null,
    read_at              timestamptz   not null,
    constraint conversation_read_key unique (conversation_id, username)
);

select myopenip_owned_by_tenant('conversation');
select myopenip_owned_by_tenant('conversation_message');
select myopenip_owned_by_tenant('conversation_read');
