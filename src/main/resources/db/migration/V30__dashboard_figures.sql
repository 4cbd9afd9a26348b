-- The "Tableau de bord" reads summaries, not the millions of rows they count: each move of an order, a
-- unit or a quote adds its change to a few counters in the same transaction (triggers), so a dashboard
-- reads a few hundred rows whatever the size of the base.
--   order_open_figure      open orders by état and day of deposit (the backlog and its age; the desk's)
--   order_delivery_figure  orders delivered by offer and month, and how many on time (the desk's)
--   order_pilot_figure     orders by pilot: open now (month null) and delivered by month
--   sheet_revenue_figure   the change of monthly revenue and margin by reseller and month: a unit adds its
--                          monthly price the month it is delivered and takes it back the month it ends
--   quote_figure           live quotes by reseller, status and step
-- The trigger functions run as their owner (security definer): whoever moves an order, the counters follow.
-- (Counters updated in place by each row would deadlock: two transactions moving several orders each
-- lock the same counters in different orders; the benchmark's seed met it against the demo's start.)

create table order_open_figure (
    state        varchar(20) not null,
    deposited_on date        not null,
    orders       bigint      not null default 0,
    primary key (state, deposited_on)
);

create table order_delivery_figure (
    offer_id    bigint not null,
    month       date   not null,
    delivered   bigint not null default 0,
    with_target bigint not null default 0,
    on_time     bigint not null default 0,
    primary key (offer_id, month)
);

create table order_pilot_figure (
    adv_pilot varchar(100) not null,
    month     date         not null,
    orders    bigint       not null default 0,
    primary key (adv_pilot, month)
);

create table sheet_revenue_figure (
    owner_id bigint        not null,
    month    date          not null,
    revenue  numeric(14, 2) not null default 0,
    margin   numeric(14, 2) not null default 0,
    primary key (owner_id, month)
);

create table quote_figure (
    owner_id bigint      not null,
    status   varchar(12) not null,
    step     integer     not null,
    quotes   bigint      not null default 0,
    primary key (owner_id, status, step)
);

-- What a transaction changes is staged in these tables (its txid with each change) and applied to the
-- counters once, when it commits (deferred constraint triggers), all its keys in one ordered statement:
-- a transaction locks no counter before it commits, and then locks them in the order of their keys, so
-- two transactions never wait on each other in a circle, whatever they did before.
create table order_open_change (
    txid bigint not null default txid_current(), state varchar(20) not null, deposited_on date not null,
    orders bigint not null);
create table order_delivery_change (
    txid bigint not null default txid_current(), offer_id bigint not null, month date not null,
    delivered bigint not null, with_target bigint not null, on_time bigint not null);
create table order_pilot_change (
    txid bigint not null default txid_current(), adv_pilot varchar(100) not null, month date not null,
    orders bigint not null);
create table sheet_revenue_change (
    txid bigint not null default txid_current(), owner_id bigint not null, month date not null,
    revenue numeric(14, 2) not null, margin numeric(14, 2) not null);
create table quote_change (
    txid bigint not null default txid_current(), owner_id bigint not null, status varchar(12) not null,
    step integer not null, quotes bigint not null);
create index order_open_change_txid_idx on order_open_change (txid);
create index order_delivery_change_txid_idx on order_delivery_change (txid);
create index order_pilot_change_txid_idx on order_pilot_change (txid);
create index sheet_revenue_change_txid_idx on sheet_revenue_change (txid);
create index quote_change_txid_idx on quote_change (txid);

-- A reseller reads its own rows of the summaries of its sales (row-level security, as
-- myopenip_owned_by_tenant sets it for the tables with an id), and writes none: the triggers do. The
-- desk's summaries have no reseller: a reseller's role has no right on them.
do
$$
declare
    target text;
begin
    foreach target in array array ['sheet_revenue_figure', 'quote_figure', 'sheet_revenue_change', 'quote_change']
        loop
            execute format('alter table %I enable row level security', target);
            execute format('create policy %I on %I to myopenip_tenant using (owner_id = myopenip_tenant())',
                           target || '_of_the_tenant', target);
            execute format('create policy %I on %I using (current_user <> ''myopenip_tenant'')',
                           target || '_for_other_roles', target);
            execute format('grant select on %I to myopenip_tenant', target);
        end loop;
end
$$;

-- "open now" in order_pilot_figure
create function myopenip_open_month() returns date language sql immutable as $$ select date '0001-01-01' $$;

-- What a row counts for, signed (-1: its old version, 1: its new one; a null row counts for nothing). The
-- triggers add up the old and the new versions' contributions by key, drop what nets to zero and write
-- the rest in the order of their keys: two moves at once lock the counters in the same order, and never
-- wait on each other in a circle.
create function myopenip_order_open_rows(o customer_order, sign integer)
    returns table (state varchar, deposited_on date, delta bigint)
    language sql stable
as
$$
select o.state, (o.deposited_at at time zone 'Europe/Paris')::date, sign::bigint
where o.state not in ('DELIVERED', 'CANCELLED', 'TERMINATED')
$$;

create function myopenip_order_delivery_rows(o customer_order, sign integer)
    returns table (offer_id bigint, month date, delivered bigint, with_target bigint, on_time bigint)
    language sql stable
as
$$
select o.offer_id, date_trunc('month', o.delivered_on)::date, sign::bigint,
       case when o.due_on is not null then sign else 0 end::bigint,
       case when o.delivered_on <= o.due_on then sign else 0 end::bigint
where o.state = 'DELIVERED' and o.delivered_on is not null
$$;

create function myopenip_order_pilot_rows(o customer_order, sign integer)
    returns table (adv_pilot varchar, month date, delta bigint)
    language sql stable
as
$$
select o.adv_pilot, myopenip_open_month(), sign::bigint
where o.adv_pilot is not null and o.state not in ('DELIVERED', 'CANCELLED', 'TERMINATED')
union all
select o.adv_pilot, date_trunc('month', o.delivered_on)::date, sign::bigint
where o.adv_pilot is not null and o.state = 'DELIVERED' and o.delivered_on is not null
$$;

create function myopenip_order_figures_follow() returns trigger
    language plpgsql security definer set search_path from current
as
$$
declare
    before customer_order := case when tg_op in ('UPDATE', 'DELETE') then old end;
    after  customer_order := case when tg_op in ('INSERT', 'UPDATE') then new end;
begin
    insert into order_open_change (state, deposited_on, orders)
    select c.state, c.deposited_on, sum(c.delta)
    from (select * from myopenip_order_open_rows(before, -1)
          union all select * from myopenip_order_open_rows(after, 1)) c
    group by 1, 2 having sum(c.delta) <> 0;
    insert into order_delivery_change (offer_id, month, delivered, with_target, on_time)
    select c.offer_id, c.month, sum(c.delivered), sum(c.with_target), sum(c.on_time)
    from (select * from myopenip_order_delivery_rows(before, -1)
          union all select * from myopenip_order_delivery_rows(after, 1)) c
    group by 1, 2 having sum(c.delivered) <> 0 or sum(c.with_target) <> 0 or sum(c.on_time) <> 0;
    insert into order_pilot_change (adv_pilot, month, orders)
    select c.adv_pilot, c.month, sum(c.delta)
    from (select * from myopenip_order_pilot_rows(before, -1)
          union all select * from myopenip_order_pilot_rows(after, 1)) c
    group by 1, 2 having sum(c.delta) <> 0;
    return null;
end
$$;
create trigger customer_order_figures after insert or delete or update of state, adv_pilot, delivered_on, due_on, deposited_at
    on customer_order for each row execute function myopenip_order_figures_follow();

create function myopenip_sheet_revenue_rows(s contracted_sheet, sign integer)
    returns table (owner_id bigint, month date, revenue numeric, margin numeric)
    language sql stable
as
$$
select s.owner_id, date_trunc('month', s.delivered_on)::date, sign * s.monthly_client,
       sign * (s.monthly_client - s.monthly_operator)
where s.delivered_on is not null
union all
select s.owner_id, date_trunc('month', s.ended_on)::date, -sign * s.monthly_client,
       -sign * (s.monthly_client - s.monthly_operator)
where s.delivered_on is not null and s.ended_on is not null
$$;

create function myopenip_sheet_figures_follow() returns trigger
    language plpgsql security definer set search_path from current
as
$$
declare
    before contracted_sheet := case when tg_op in ('UPDATE', 'DELETE') then old end;
    after  contracted_sheet := case when tg_op in ('INSERT', 'UPDATE') then new end;
begin
    insert into sheet_revenue_change (owner_id, month, revenue, margin)
    select c.owner_id, c.month, sum(c.revenue), sum(c.margin)
    from (select * from myopenip_sheet_revenue_rows(before, -1)
          union all select * from myopenip_sheet_revenue_rows(after, 1)) c
    group by 1, 2 having sum(c.revenue) <> 0 or sum(c.margin) <> 0;
    return null;
end
$$;
create trigger contracted_sheet_figures after insert or delete or update of delivered_on, ended_on, monthly_client, monthly_operator
    on contracted_sheet for each row execute function myopenip_sheet_figures_follow();

create function myopenip_quote_rows(q quote, sign integer)
    returns table (owner_id bigint, status varchar, step integer, delta bigint)
    language sql stable
as
$$
select q.owner_id, q.status, q.step, sign::bigint where q.status <> 'SUPERSEDED' and q.owner_id is not null
$$;

create function myopenip_quote_figures_follow() returns trigger
    language plpgsql security definer set search_path from current
as
$$
declare
    before quote := case when tg_op in ('UPDATE', 'DELETE') then old end;
    after  quote := case when tg_op in ('INSERT', 'UPDATE') then new end;
begin
    insert into quote_change (owner_id, status, step, quotes)
    select c.owner_id, c.status, c.step, sum(c.delta)
    from (select * from myopenip_quote_rows(before, -1) union all select * from myopenip_quote_rows(after, 1)) c
    group by 1, 2, 3 having sum(c.delta) <> 0;
    return null;
end
$$;
create trigger quote_figures after insert or delete or update of status, step, owner_id
    on quote for each row execute function myopenip_quote_figures_follow();

-- At commit, the transaction's staged changes go to the counters in the order of their keys (the first
-- deferred trigger of the transaction does it all; the others find nothing left).
create function myopenip_apply_order_figures() returns trigger
    language plpgsql security definer set search_path from current
as
$$
begin
    with staged as (delete from order_open_change where txid = txid_current() returning *)
    insert into order_open_figure as f (state, deposited_on, orders)
    select state, deposited_on, sum(orders) from staged group by 1, 2 having sum(orders) <> 0 order by 1, 2
    on conflict (state, deposited_on) do update set orders = f.orders + excluded.orders;
    with staged as (delete from order_delivery_change where txid = txid_current() returning *)
    insert into order_delivery_figure as f (offer_id, month, delivered, with_target, on_time)
    select offer_id, month, sum(delivered), sum(with_target), sum(on_time) from staged group by 1, 2
    having sum(delivered) <> 0 or sum(with_target) <> 0 or sum(on_time) <> 0 order by 1, 2
    on conflict (offer_id, month) do update
        set delivered   = f.delivered + excluded.delivered,
            with_target = f.with_target + excluded.with_target,
            on_time     = f.on_time + excluded.on_time;
    with staged as (delete from order_pilot_change where txid = txid_current() returning *)
    insert into order_pilot_figure as f (adv_pilot, month, orders)
    select adv_pilot, month, sum(orders) from staged group by 1, 2 having sum(orders) <> 0 order by 1, 2
    on conflict (adv_pilot, month) do update set orders = f.orders + excluded.orders;
    return null;
end
$$;
create constraint trigger customer_order_figures_apply
    after insert or delete or update of state, adv_pilot, delivered_on, due_on, deposited_at on customer_order
    deferrable initially deferred for each row execute function myopenip_apply_order_figures();

create function myopenip_apply_sheet_figures() returns trigger
    language plpgsql security definer set search_path from current
as
$$
begin
    with staged as (delete from sheet_revenue_change where txid = txid_current() returning *)
    insert into sheet_revenue_figure as f (owner_id, month, revenue, margin)
    select owner_id, month, sum(revenue), sum(margin) from staged group by 1, 2
    having sum(revenue) <> 0 or sum(margin) <> 0 order by 1, 2
    on conflict (owner_id, month) do update set revenue = f.revenue + excluded.revenue,
                                                margin  = f.margin + excluded.margin;
    return null;
end
$$;
create constraint trigger contracted_sheet_figures_apply
    after insert or delete or update of delivered_on, ended_on, monthly_client, monthly_operator on contracted_sheet
    deferrable initially deferred for each row execute function myopenip_apply_sheet_figures();

create function myopenip_apply_quote_figures() returns trigger
    language plpgsql security definer set search_path from current
as
$$
begin
    with staged as (delete from quote_change where txid = txid_current() returning *)
    insert into quote_figure as f (owner_id, status, step, quotes)
    select owner_id, status, step, sum(quotes) from staged group by 1, 2, 3 having sum(quotes) <> 0
    order by 1, 2, 3
    on conflict (owner_id, status, step) do update set quotes = f.quotes + excluded.quotes;
    return null;
end
$$;
create constraint trigger quote_figures_apply
    after insert or delete or update of status, step, owner_id on quote
    deferrable initially deferred for each row execute function myopenip_apply_quote_figures();

-- The summaries counted again from the rows: once here, and after a bulk load that left the triggers off
-- (the benchmark's seed).
create function myopenip_rebuild_figures() returns void
    language plpgsql security definer set search_path from current
as
$$
begin
    truncate order_open_figure, order_delivery_figure, order_pilot_figure, sheet_revenue_figure, quote_figure,
        order_open_change, order_delivery_change, order_pilot_change, sheet_revenue_change, quote_change;
    insert into order_open_figure (state, deposited_on, orders)
    select state, (deposited_at at time zone 'Europe/Paris')::date, count(*)
    from customer_order where state not in ('DELIVERED', 'CANCELLED', 'TERMINATED') group by 1, 2;
    insert into order_delivery_figure (offer_id, month, delivered, with_target, on_time)
    select offer_id, date_trunc('month', delivered_on)::date, count(*), count(due_on),
           count(*) filter (where delivered_on <= due_on)
    from customer_order where state = 'DELIVERED' and delivered_on is not null group by 1, 2;
    insert into order_pilot_figure (adv_pilot, month, orders)
    select adv_pilot, myopenip_open_month(), count(*) from customer_order
    where adv_pilot is not null and state not in ('DELIVERED', 'CANCELLED', 'TERMINATED') group by 1
    union all
    select adv_pilot, date_trunc('month', delivered_on)::date, count(*) from customer_order
    where adv_pilot is not null and state = 'DELIVERED' and delivered_on is not null group by 1, 2;
    insert into sheet_revenue_figure (owner_id, month, revenue, margin)
    select owner_id, month, sum(revenue), sum(margin)
    from (select owner_id, date_trunc('month', delivered_on)::date as month, monthly_client as revenue,
                 monthly_client - monthly_operator as margin
          from contracted_sheet where delivered_on is not null
          union all
          select owner_id, date_trunc('month', ended_on)::date, -monthly_client, -(monthly_client - monthly_operator)
          from contracted_sheet where delivered_on is not null and ended_on is not null) changes
    group by 1, 2;
    insert into quote_figure (owner_id, status, step, quotes)
    select owner_id, status, step, count(*) from quote where status <> 'SUPERSEDED' and owner_id is not null group by 1, 2, 3;
end
$$;
revoke execute on function myopenip_rebuild_figures() from public;
select myopenip_rebuild_figures();
