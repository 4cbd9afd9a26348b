-- An OC has at most one open order (issue 19): its creation, an "Ajout / Réduction" or its termination, one
-- at a time. The service checks it under the OC's row lock; this index holds it whatever the code does.
-- A database written before the rule could hold a second open order on an OC (a closed order reopened by a
-- crafted move, then a termination or an amendment beside it): the OC's current order stays open, any other
-- open order of that OC is closed as cancelled, so that the index can be built.
update customer_order c
   set state = 'CANCELLED', updated_at = now()
  from contracted_offer o
 where o.id = c.contracted_offer_id
   and c.state in ('DEPOSITED', 'IN_PROGRESS', 'TERMINATING')
   and c.id <> coalesce(o.current_order_id, -1)
   and exists (select 1 from customer_order other
                where other.contracted_offer_id = c.contracted_offer_id and other.id <> c.id
                  and other.state in ('DEPOSITED', 'IN_PROGRESS', 'TERMINATING'));

create unique index customer_order_one_open_idx on customer_order (contracted_offer_id)
    where state in ('DEPOSITED', 'IN_PROGRESS', 'TERMINATING');
