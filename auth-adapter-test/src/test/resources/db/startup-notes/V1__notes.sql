create table notes (id bigint primary key, user_id varchar(255) not null, body varchar(2000) not null);
