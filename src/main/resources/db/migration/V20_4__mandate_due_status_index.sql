-- The dashboard's deadlines per month count the mandates due within fifteen months by status: read from the index of
-- due dates alone once it holds the status, instead of looking up each of those rows for it.
create index ix_mandate_due_status on mandate (due_date, status);
drop index ix_mandate_due on mandate;
