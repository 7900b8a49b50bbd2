-- Administration without a database console: who changed which person or entity, and when.
create table audit_event (
    id          bigint        not null auto_increment primary key,
    occurred_at timestamp(3)  not null,
    actor       varchar(100),
    action      varchar(30)   not null,
    subject     varchar(100)  not null,
    detail      varchar(2000)
);
create index ix_audit_event_occurred on audit_event (occurred_at);

-- A password an administrator reset must be changed at the next sign-in.
alter table app_user add column must_change_password boolean default false not null;

-- A retired entity stays for the mandates and people that name it, but extraction no longer finds it
-- and nobody new is assigned to it.
alter table un_entity add column retired boolean default false not null;
