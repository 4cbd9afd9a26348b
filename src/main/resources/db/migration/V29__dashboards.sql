-- "Tableau de bord". A unit's monthly price counts in a month's recurring revenue from its delivery to its
-- end (ended_on: the day it was terminated, by a termination or a reduction); an OC's engagement ends its
-- commitment's months after its delivery (commitment_ends_on), the renewal opportunities of the next 90 days.
alter table contracted_sheet add column ended_on date;
update contracted_sheet set ended_on = (updated_at at time zone 'Europe/Paris')::date where state = 'TERMINATED';
create index contracted_sheet_revenue_idx on contracted_sheet (owner_id, delivered_on, ended_on)
    include (monthly_client, monthly_operator) where delivered_on is not null;

alter table contracted_offer
    add column commitment_ends_on date
        generated always as ((delivered_on + make_interval(months => commitment_months))::date) stored;
create index contracted_offer_commitment_end_idx on contracted_offer (commitment_ends_on, id)
    where state = 'DELIVERED' and commitment_months > 0;
create index contracted_offer_owner_commitment_end_idx on contracted_offer (owner_id, commitment_ends_on, id)
    where state = 'DELIVERED' and commitment_months > 0;

-- the desk's figures: what was delivered in the last twelve months, by offer and by pilot
create index customer_order_delivered_idx on customer_order (delivered_on, offer_id)
    include (due_on, adv_pilot) where state = 'DELIVERED';
create index quote_status_step_idx on quote (owner_id, status, step) where status <> 'SUPERSEDED';
