-- The register filtered by resolution year counted every mandate, looking up each one's document for its adoption
-- date (1.4 s at 100 000 mandates): no index of the mandates holds that date. Each mandate keeps its document's
-- adoption date, which never changes, as V12_2 keeps its symbol and V18_1 its body; this index gives the year's
-- count and its rows.
alter table mandate add column document_adopted date;
update mandate set document_adopted = (select d.adopted from imported_document d where d.id = mandate.document_id);
create index ix_mandate_adopted_due_sort on mandate (document_adopted, due_sort, id, status);
