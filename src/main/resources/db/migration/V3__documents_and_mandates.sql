-- Imported resolutions: the original bytes, who imported them and when.
create table imported_document (
    id           bigint        not null auto_increment primary key,
    symbol       varchar(100)  not null,
    body         varchar(40)   not null,
    language     varchar(5)    not null,
    status       varchar(10)   not null,
    adopted      date,
    file_name    varchar(255)  not null,
    media_type   varchar(100),
    content      longblob      not null,
    sha256       varchar(64)   not null,
    size_bytes   bigint        not null,
    imported_by  varchar(100)  not null,
    imported_at  timestamp     not null,
    constraint uq_document_symbol unique (symbol)
);

create table document_paragraph (
    id            bigint       not null auto_increment primary key,
    document_id   bigint       not null,
    position      int          not null,
    number        varchar(20),
    kind          varchar(20)  not null,
    verbs         varchar(500) not null,
    text          longtext     not null,
    constraint fk_paragraph_document foreign key (document_id) references imported_document (id) on delete cascade
);

-- One row per mandate; its workflow runs in Camunda under the business key = mandate id.
create table mandate (
    id                  bigint        not null auto_increment primary key,
    document_id         bigint        not null,
    paragraph           varchar(20)   not null,
    subparagraphs       varchar(200)  not null,
    verb                varchar(40)   not null,
    strength            varchar(20)   not null,
    kind                varchar(10)   not null,
    addressees          varchar(500)  not null,
    report_to           varchar(40),
    due_date            date,
    due_precision       varchar(10),
    due_session         int,
    due_text            varchar(1000),
    recurrence          varchar(20),
    end_date            date,
    deliverable         varchar(2000),
    mentioned_entities  varchar(1000) not null,
    text                longtext      not null,
    status              varchar(10)   not null,
    owner_entity        varchar(40),
    focal_point         varchar(100),
    process_instance_id varchar(64),
    version             bigint        not null,
    constraint fk_mandate_document foreign key (document_id) references imported_document (id) on delete cascade
);

create index ix_mandate_due on mandate (due_date);
create index ix_mandate_owner on mandate (owner_entity);
