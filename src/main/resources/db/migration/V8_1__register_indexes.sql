-- The register lists soonest due first with the undated last. A column that says so (the due date, or the
-- last possible date for none) lets the database read the first page from an index instead of sorting every
-- mandate; the database computes it, so nothing that writes a due date has to know.
alter table mandate add column due_sort date generated always as (coalesce(due_date, date '9999-12-31'));
create index ix_mandate_due_sort on mandate (due_sort, id);
-- The status figures (open, overdue, no date, done) count within one status by due date.
create index ix_mandate_status_due on mandate (status, due_date);
-- "My entity's mandates" (it leads them or is addressed) reads two short columns of every row: from this index
-- instead of the whole rows with their paragraph texts.
create index ix_mandate_entity on mandate (owner_entity, addressees);
