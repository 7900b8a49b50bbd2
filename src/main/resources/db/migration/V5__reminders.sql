-- The language a person's e-mails are written in.
alter table app_user add column language varchar(2) default 'EN' not null;

-- Every reminder and escalation, sent or waiting: the send log that makes each one go out once.
-- A repeated or concurrent job for the same task, occasion and person meets the unique key and sends nothing.
create table reminder (
    id                  bigint        not null auto_increment primary key,
    task_id             varchar(64)   not null,
    kind                varchar(20)   not null,
    occasion            varchar(40)   not null,
    recipient           varchar(100)  not null,
    email               varchar(254)  not null,
    mandate_id          bigint,
    due_date            date,
    subject             varchar(500)  not null,
    status              varchar(10)   not null,
    attempts            int           not null,
    last_error          varchar(1000),
    created_at          timestamp     not null,
    sent_at             timestamp     null,
    constraint uq_reminder_once unique (task_id, kind, occasion, recipient)
);

create index ix_reminder_recipient on reminder (recipient);
