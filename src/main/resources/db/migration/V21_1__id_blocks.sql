-- The ids of the rows an import writes by the dozen (a resolution's paragraphs, its mandates, their mentions and
-- history), handed out by the application in blocks of 50 (Hibernate's table generator, pooled: next_value is the
-- last id of the block handed out next), so that Hibernate sends their inserts in JDBC batches: an auto-increment
-- id is known only after its own insert, one round trip per row. The columns keep their auto-increment, but rows
-- inserted by hand must then move their table's next_value past their ids, or an import may be handed them again.
create table id_block (
    name       varchar(64) not null primary key,
    next_value bigint      not null
);
-- 50: the entities' allocationSize
insert into id_block (name, next_value) select 'document_paragraph', coalesce(max(id), 0) + 50 from document_paragraph;
insert into id_block (name, next_value) select 'mandate', coalesce(max(id), 0) + 50 from mandate;
insert into id_block (name, next_value) select 'mandate_mention', coalesce(max(id), 0) + 50 from mandate_mention;
insert into id_block (name, next_value) select 'mandate_event', coalesce(max(id), 0) + 50 from mandate_event;
