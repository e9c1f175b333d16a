-- The append-only audit trail: ids only, no personal data. koop never updates or deletes these rows;
-- a production database should grant its user INSERT and SELECT only on this table.
CREATE TABLE audit_entry (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    at_micros      BIGINT       NOT NULL,
    actor          VARCHAR(36)  NULL,
    use_case       VARCHAR(200) NOT NULL,
    aggregate      VARCHAR(100) NOT NULL,
    aggregate_id   VARCHAR(100) NULL,
    network_id     CHAR(36)     NULL
);
CREATE INDEX audit_entry_by_network ON audit_entry (network_id, at_micros);
