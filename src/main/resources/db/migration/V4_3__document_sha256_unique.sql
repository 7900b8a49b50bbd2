-- The same file is never imported twice, whatever symbol it is imported under.
create unique index uq_document_sha256 on imported_document (sha256);
