-- Personal API tokens for scripts: only the SHA-256 of each token is kept, so a copy of the database
-- signs nobody in; the token itself is shown once, when it is created.
create table api_token (
    id           bigint       not null auto_increment primary key,
    username     varchar(100) not null,
    name         varchar(100) not null,
    token_sha256 varchar(64)  not null,
    created_at   timestamp    not null,
    last_used_at timestamp    null,
    constraint uq_api_token_sha256 unique (token_sha256),
    constraint fk_api_token_user foreign key (username) references app_user (username) on delete cascade
);
create index ix_api_token_username on api_token (username);
