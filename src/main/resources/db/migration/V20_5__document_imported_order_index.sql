-- The documents' list, the last imported first (then by id), sorted every document's row for its first page
-- (100 ms in the mysql client at 16 000 documents): this index gives the rows in that order.
create index ix_document_imported_desc on imported_document (imported_at desc, id);
