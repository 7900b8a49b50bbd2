-- How a person wants to hear of their deadlines: one e-mail per reminder, or one digest a day at the
-- configured hour in their own time zone (none: the product's zone).
alter table app_user add column reminder_delivery varchar(12) default 'SINGLE' not null;
alter table app_user add column time_zone varchar(40);
