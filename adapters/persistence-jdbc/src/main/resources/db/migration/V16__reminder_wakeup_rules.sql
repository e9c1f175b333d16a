-- Under which rules (and lead) each subject's next look was worked out: a sweep under other rules asks for
-- a look at every subject whose day may have moved.
ALTER TABLE reminder_wakeup ADD COLUMN rules VARCHAR(40) NULL;
CREATE INDEX reminder_wakeup_rules ON reminder_wakeup (rules);
