-- The reporting cycles of a recurring report mandate that have been submitted: each cycle's reporting
-- date and the symbol of the report issued for it. The mandate's own due date is its current cycle's.
create table reporting_cycle (
    id              bigint       not null auto_increment primary key,
    mandate_id      bigint       not null,
    cycle           int          not null,
    due_date        date,
    document_symbol varchar(100),
    submitted_at    timestamp    not null,
    constraint fk_cycle_mandate foreign key (mandate_id) references mandate (id) on delete cascade,
    constraint uq_cycle_of_mandate unique (mandate_id, cycle)
);
