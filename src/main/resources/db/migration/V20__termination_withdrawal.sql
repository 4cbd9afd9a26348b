-- "Annuler la résiliation": when the reseller asked the order desk to withdraw a termination
-- (null: not asked). The withdrawal itself cancels the termination order.
alter table customer_order add column withdrawal_asked_at timestamp with time zone;
