-- When the reminder sweep must next look at each agreement, obligation and body; 1970-01-01 for "at the
-- next sweep", NULL for "not until it changes". The sweep reads only rows due by its day.
CREATE TABLE reminder_wakeup (
    subject_id CHAR(36)    NOT NULL PRIMARY KEY,
    kind       VARCHAR(20) NOT NULL,
    network_id CHAR(36)    NOT NULL,
    wake_on    DATE        NULL
);
CREATE INDEX reminder_wakeup_due ON reminder_wakeup (wake_on, subject_id);
CREATE INDEX reminder_wakeup_network ON reminder_wakeup (network_id);

-- what exists already is looked at by the first sweep
INSERT INTO reminder_wakeup (subject_id, kind, network_id, wake_on)
    SELECT id, 'AGREEMENT', network_id, DATE '1970-01-01' FROM agreement;
INSERT INTO reminder_wakeup (subject_id, kind, network_id, wake_on)
    SELECT id, 'OBLIGATION', network_id, DATE '1970-01-01' FROM obligation;
INSERT INTO reminder_wakeup (subject_id, kind, network_id, wake_on)
    SELECT id, 'BODY', network_id, DATE '1970-01-01' FROM body;
