-- A due date computed from a body's session rules, because the calendar does not know that session's day.
alter table mandate add column due_estimated boolean default false not null;
