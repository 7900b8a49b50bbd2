-- The register sorted by resolution symbol sorted every mandate (250 ms at 100 000): the symbol lives in the
-- documents' table, and no index orders one table's rows by another's column. Each mandate keeps its document's
-- symbol, which never changes, so an index of the mandates gives the first page in that order, either way.
alter table mandate add column document_symbol varchar(100);
update mandate set document_symbol = (select d.symbol from imported_document d where d.id = mandate.document_id);
create index ix_mandate_symbol_due_sort on mandate (document_symbol, due_sort, id);
create index ix_mandate_symbol_desc_due_sort on mandate (document_symbol desc, due_sort, id);
