-- A history detail was stored in English words only; from now on also as its message key and arguments,
-- so that each reader reads it in their language. Older entries keep their English detail.
alter table mandate_event add column detail_key varchar(100);
alter table mandate_event add column detail_arguments varchar(2000);
