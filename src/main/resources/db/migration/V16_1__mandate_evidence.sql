-- Where the verb, the addressees, the deadline phrase and the deliverable stand in the mandate's text, as
-- extraction read them, so that the mandate's page marks the very words (see EvidenceColumn).
alter table mandate add column evidence varchar(1000);
