-- The entity registry: UN bodies, offices and actors that mandates address and people belong to.
create table un_entity (
    code      varchar(40)  not null primary key,
    kind      varchar(40)  not null,
    name_en   varchar(300) not null,
    name_fr   varchar(300),
    name_es   varchar(300),
    name_ru   varchar(300),
    name_ar   varchar(300),
    name_zh   varchar(300)
);

create table un_entity_alias (
    entity_code varchar(40)  not null,
    position    int          not null,
    alias       varchar(300) not null,
    primary key (entity_code, position),
    constraint fk_alias_entity foreign key (entity_code) references un_entity (code) on delete cascade
);

-- People who sign in; passwords are bcrypt hashes.
create table app_user (
    username      varchar(100) not null primary key,
    password_hash varchar(100) not null,
    full_name     varchar(200) not null,
    email         varchar(254),
    entity_code   varchar(40)  not null,
    enabled       boolean      not null,
    created_at    timestamp    not null,
    constraint fk_user_entity foreign key (entity_code) references un_entity (code)
);

create table app_user_role (
    username varchar(100) not null,
    role     varchar(20)  not null,
    primary key (username, role),
    constraint fk_role_user foreign key (username) references app_user (username) on delete cascade
);
