-- The order desk's clock. The operator's staff set a target delay per offer ("Délai de livraison cible", in
-- working days: weekends and the French public holidays excluded). An order of an offer that has one is
-- due that many working days after its deposit (due_on, fixed when it is placed); the queue filters and
-- sorts by it ("En retard", "Bientôt en retard"). A delivered order keeps how many working days it took:
-- the history the "Livraison estimée" of the next orders of the same offer rests on.
alter table offer
    add column target_delivery_days integer,
    add constraint offer_target_delivery_ck check (target_delivery_days between 1 and 250);

alter table customer_order
    add column offer_id                bigint references offer (id),
    add column due_on                  date,
    add column working_days_to_deliver integer,
    add constraint customer_order_working_days_ck check (working_days_to_deliver >= 0);
update customer_order o set offer_id = c.offer_id from contracted_offer c where c.id = o.contracted_offer_id;
alter table customer_order alter column offer_id set not null;

-- the open orders by due date, for the whole desk and for one reseller
create index customer_order_due_idx on customer_order (due_on, deposited_at, id) where queue_rank < 2;
create index customer_order_owner_due_idx on customer_order (owner_id, due_on, deposited_at, id) where queue_rank < 2;
-- the last deliveries of an offer, by type of order: the history of a prediction
create index customer_order_history_idx on customer_order (offer_id, order_type, delivered_on desc, id desc)
    where state = 'DELIVERED' and working_days_to_deliver is not null;
