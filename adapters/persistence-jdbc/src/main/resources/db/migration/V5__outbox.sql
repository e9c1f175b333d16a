-- The transactional outbox: notifications written with the change that causes them, sent from here.
CREATE TABLE outbox (
    id                  CHAR(36)     NOT NULL PRIMARY KEY,
    network_id          CHAR(36)     NOT NULL,
    kind                VARCHAR(40)  NOT NULL,
    recipients          TEXT         NOT NULL,
    subject             VARCHAR(300) NOT NULL,
    text_body           MEDIUMTEXT   NOT NULL,
    html_body           MEDIUMTEXT   NOT NULL,
    status              VARCHAR(10)  NOT NULL,
    attempts            INT          NOT NULL,
    created_at_micros   BIGINT       NOT NULL,
    CONSTRAINT outbox_network FOREIGN KEY (network_id) REFERENCES network (id)
);
CREATE INDEX outbox_newest ON outbox (created_at_micros, id);
CREATE INDEX outbox_by_status ON outbox (status, created_at_micros, id);
