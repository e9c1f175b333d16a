-- Delivery state of the outbox: when to try next (exponential back-off), why the last attempt failed,
-- when it was sent. Claims take the due pending rows in order of next attempt.
ALTER TABLE outbox ADD COLUMN next_attempt_at_micros BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN last_error VARCHAR(1000) NULL;
ALTER TABLE outbox ADD COLUMN sent_at_micros BIGINT NULL;
UPDATE outbox SET next_attempt_at_micros = created_at_micros;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at_micros, id);
