-- Each person's secret calendar address: a long random token that reads that person's deadlines.
create table calendar_feed (
    username   varchar(100) not null primary key,
    token      varchar(64)  not null,
    created_at timestamp    not null,
    constraint uq_calendar_feed_token unique (token),
    constraint fk_calendar_feed_user foreign key (username) references app_user (username) on delete cascade
);
