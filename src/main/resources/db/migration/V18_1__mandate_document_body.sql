-- The register filtered by body checked each mandate's document along the due-date order (944 ms for the first
-- page at 100 000), and the dashboard counted by body through a join of every mandate with its document. Each
-- mandate keeps its document's body, which never changes, as V12_2 keeps its symbol.
alter table mandate add column document_body varchar(40);
update mandate set document_body = (select d.body from imported_document d where d.id = mandate.document_id);
-- The first page by body in the register's order; with the status, due date and lead after it, the count by body
-- and the dashboard's figures by body read only this index.
create index ix_mandate_body_due_sort on mandate (document_body, due_sort, id, status, due_date, owner_entity);
-- The dashboard's figures count by lead entity or due month with conditions on the status and the due date only:
-- every column they read is in this index, so they read it instead of the whole rows with their texts.
create index ix_mandate_figures on mandate (owner_entity, status, due_date, document_body);
