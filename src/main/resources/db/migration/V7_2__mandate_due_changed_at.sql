-- When a mandate's due date last moved (the next reporting cycle, a manager's correction), so that
-- calendar feeds can tell subscribers the event changed (SEQUENCE, LAST-MODIFIED).
alter table mandate add column due_changed_at timestamp(3) null;
