-- One message per recipient, so that nobody sees the others' addresses and each copy has its own delivery
-- state. A message written for several recipients (one per line in recipients) becomes one row for each:
-- the first keeps the row, the others get rows of their own, with the same content and delivery state.
-- A reminder's occasion is now unique with the recipient: one message per occasion and recipient.
ALTER TABLE outbox ADD COLUMN recipient VARCHAR(254) NULL;
DROP INDEX ux_outbox_occasion ON outbox;

INSERT INTO outbox (id, network_id, kind, recipients, recipient, subject, text_body, html_body, status, attempts,
                    created_at_micros, next_attempt_at_micros, last_error, sent_at_micros, attachments, occasion)
WITH RECURSIVE split (id, n, part, rest) AS (
    SELECT id, 1, SUBSTRING(recipients, 1, LOCATE(CHAR(10), CONCAT(recipients, CHAR(10))) - 1),
           SUBSTRING(recipients, LOCATE(CHAR(10), CONCAT(recipients, CHAR(10))) + 1)
    FROM outbox
    UNION ALL
    SELECT id, n + 1, SUBSTRING(rest, 1, LOCATE(CHAR(10), CONCAT(rest, CHAR(10))) - 1),
           SUBSTRING(rest, LOCATE(CHAR(10), CONCAT(rest, CHAR(10))) + 1)
    FROM split WHERE rest <> ''
)
SELECT CAST(UUID() AS CHAR(36)), o.network_id, o.kind, o.recipients, split.part, o.subject, o.text_body, o.html_body,
       o.status, o.attempts, o.created_at_micros, o.next_attempt_at_micros, o.last_error, o.sent_at_micros,
       o.attachments, o.occasion
FROM split JOIN outbox o ON o.id = split.id
WHERE split.n > 1;

UPDATE outbox SET recipient = SUBSTRING(recipients, 1, LOCATE(CHAR(10), CONCAT(recipients, CHAR(10))) - 1)
WHERE recipient IS NULL;
ALTER TABLE outbox DROP COLUMN recipients;
ALTER TABLE outbox MODIFY recipient VARCHAR(254) NOT NULL;
CREATE UNIQUE INDEX ux_outbox_occasion_recipient ON outbox (occasion, recipient);
