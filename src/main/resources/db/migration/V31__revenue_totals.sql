-- The operator's staff read the recurring revenue of every reseller at once: the change of monthly revenue
-- and margin by month alone, kept beside sheet_revenue_figure (by reseller and month) by the same deferred
-- trigger, so that "every reseller" reads a row per month instead of a row per reseller and month.
-- Every transaction locks the reseller's rows in key order, then the months in key order: no deadlock
-- between two moves.

create table sheet_revenue_total (
    month   date           not null primary key,
    revenue numeric(16, 2) not null default 0,
    margin  numeric(16, 2) not null default 0
);

create or replace function myopenip_apply_sheet_figures() returns trigger
    language plpgsql security definer set search_path from current
as
$$
begin
    insert into sheet_revenue_figure as f (owner_id, month, revenue, margin)
    select owner_id, month, sum(revenue), sum(margin) from sheet_revenue_change where txid = txid_current()
    group by 1, 2 having sum(revenue) <> 0 or sum(margin) <> 0 order by 1, 2
    on conflict (owner_id, month) do update set revenue = f.revenue + excluded.revenue,
                                                margin  = f.margin + excluded.margin;
    insert into sheet_revenue_total as t (month, revenue, margin)
    select month, sum(revenue), sum(margin) from sheet_revenue_change where txid = txid_current()
    group by 1 having sum(revenue) <> 0 or sum(margin) <> 0 order by 1
    on conflict (month) do update set revenue = t.revenue + excluded.revenue,
                                      margin  = t.margin + excluded.margin;
    delete from sheet_revenue_change where txid = txid_current();
    return null;
end
$$;

-- the rebuild after a bulk load counts the totals too
alter function myopenip_rebuild_figures() rename to myopenip_rebuild_counters;
create function myopenip_rebuild_figures() returns void
    language sql security definer set search_path from current
as
$$
select myopenip_rebuild_counters();
truncate sheet_revenue_total;
insert into sheet_revenue_total (month, revenue, margin)
select month, sum(revenue), sum(margin) from sheet_revenue_figure group by 1;
$$;
revoke execute on function myopenip_rebuild_figures() from public;

insert into sheet_revenue_total (month, revenue, margin)
select month, sum(revenue), sum(margin) from sheet_revenue_figure group by 1;
