-- A renewal names the mandate it renews; the earlier one is then superseded, its history kept.
alter table mandate add column renews bigint null;
alter table mandate add constraint fk_mandate_renews foreign key (renews) references mandate (id) on delete set null;
create index ix_mandate_renews on mandate (renews);
-- A renewal that renews some of a resolution's mandates but not this one names itself here, for the lead
-- entity's managers to close the mandate or keep it; cleared once they decide.
alter table mandate add column left_out_by varchar(100) null;

-- The entities each mandate's paragraph names, so that renewal candidates about the same mission are
-- found through an index instead of reading every mandate. Filled for earlier mandates by V9_2.
create table mandate_mention (
    id          bigint      not null auto_increment primary key,
    mandate_id  bigint      not null,
    entity_code varchar(40) not null,
    constraint fk_mention_mandate foreign key (mandate_id) references mandate (id) on delete cascade
);
create index ix_mention_entity on mandate_mention (entity_code, mandate_id);
