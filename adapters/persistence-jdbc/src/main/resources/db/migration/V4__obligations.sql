-- Obligations keep their deadline rule as data, flattened into columns by rule_kind; days of the year
-- are 'MM-DD'. Fulfilments are history: added, never changed or removed. A fulfilment's id is the
-- obligation's id and the due date it met, so each due date is met once.

CREATE TABLE obligation (
    id                      CHAR(36)     NOT NULL PRIMARY KEY,
    network_id              CHAR(36)     NOT NULL,
    agreement_id            CHAR(36)     NOT NULL,
    title                   VARCHAR(300) NOT NULL,
    sort_title              VARCHAR(200) NOT NULL,
    responsible_partner_id  CHAR(36)     NOT NULL,
    recipient_partner_id    CHAR(36),
    rule_kind               VARCHAR(20)  NOT NULL,
    rule_reference_day      VARCHAR(5),
    rule_due_day            VARCHAR(5),
    rule_years_after        INT,
    rule_day_of_month       INT,
    rule_due_on             DATE,
    starts_on               DATE         NOT NULL,
    ends_on                 DATE,
    reminder_days_before    INT          NOT NULL,
    revision                BIGINT       NOT NULL,
    CONSTRAINT obligation_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT obligation_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);
CREATE INDEX obligation_by_network ON obligation (network_id, sort_title, id);

CREATE TABLE obligation_fulfilment (
    id             VARCHAR(50) NOT NULL PRIMARY KEY,
    obligation_id  CHAR(36)    NOT NULL,
    position       INT         NOT NULL,
    due_on         DATE        NOT NULL,
    fulfilled_on   DATE        NOT NULL,
    note           TEXT,
    CONSTRAINT obligation_fulfilment_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id)
);
CREATE INDEX obligation_fulfilment_by_obligation ON obligation_fulfilment (obligation_id, position);
