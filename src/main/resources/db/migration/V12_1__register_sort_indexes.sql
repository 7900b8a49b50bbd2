-- The register sorted by lead entity, either way, then in its own order (soonest due, then id): read from an index
-- in that order, so a first page stops after 50 rows instead of sorting every mandate (240 ms at 100 000).
create index ix_mandate_lead_due_sort on mandate (owner_entity, due_sort, id);
create index ix_mandate_lead_desc_due_sort on mandate (owner_entity desc, due_sort, id);
