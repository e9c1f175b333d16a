-- The agenda item (TOP) a decision was taken under, where the coordinator named it.
ALTER TABLE meeting_decision ADD COLUMN agenda_item INT NULL;
