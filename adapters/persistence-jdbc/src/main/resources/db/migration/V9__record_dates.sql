-- When each network, partner, body and meeting was first written and last changed (OParl's created and
-- modified), in microseconds since the epoch like the outbox's instants.
CREATE TABLE record_dates (
    id VARCHAR(36) NOT NULL,
    created_micros BIGINT NOT NULL,
    modified_micros BIGINT NOT NULL,
    PRIMARY KEY (id)
);
