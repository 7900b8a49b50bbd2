-- What happened to a mandate beyond its workflow tasks (which Camunda's history keeps): import,
-- corrections made in the import preview or later by a manager, lead assignments, submitted reports.
create table mandate_event (
    id          bigint        not null auto_increment primary key,
    mandate_id  bigint        not null,
    occurred_at timestamp(3)  not null,
    actor       varchar(100),
    kind        varchar(30)   not null,
    detail      varchar(2000),
    constraint fk_mandate_event_mandate foreign key (mandate_id) references mandate (id) on delete cascade
);
create index ix_mandate_event_mandate on mandate_event (mandate_id, occurred_at);
