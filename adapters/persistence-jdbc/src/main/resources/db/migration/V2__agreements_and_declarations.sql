-- Agreements keep their rules as data; versions, consents and reviews are only ever added
-- (a proposed version is updated once, when it is concluded). Declarations are append-only.

CREATE TABLE agreement (
    id                    CHAR(36)     NOT NULL PRIMARY KEY,
    network_id            CHAR(36)     NOT NULL,
    kind                  VARCHAR(30)  NOT NULL,
    title                 VARCHAR(300) NOT NULL,
    sort_title            VARCHAR(200) NOT NULL,
    legal_basis           TEXT,
    term_kind             VARCHAR(10)  NOT NULL,
    term_years            INT,
    term_start            VARCHAR(30),
    review_months_before  INT,
    renewal               VARCHAR(40),
    termination_kind      VARCHAR(15)  NOT NULL,
    notice_length         INT,
    notice_unit           VARCHAR(10),
    notice_period_end     VARCHAR(20),
    written_form          BOOLEAN      NOT NULL,
    successor_required    BOOLEAN      NOT NULL,
    revision              BIGINT       NOT NULL,
    CONSTRAINT agreement_network FOREIGN KEY (network_id) REFERENCES network (id)
);
CREATE INDEX agreement_by_network ON agreement (network_id, sort_title, id);

CREATE TABLE agreement_party (
    id            VARCHAR(50) NOT NULL PRIMARY KEY,
    agreement_id  CHAR(36)    NOT NULL,
    position      INT         NOT NULL,
    partner_id    CHAR(36)    NOT NULL,
    CONSTRAINT agreement_party_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT agreement_party_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
CREATE INDEX agreement_party_by_agreement ON agreement_party (agreement_id, position);

CREATE TABLE agreement_annex (
    id            VARCHAR(50)  NOT NULL PRIMARY KEY,
    agreement_id  CHAR(36)     NOT NULL,
    position      INT          NOT NULL,
    title         VARCHAR(200) NOT NULL,
    reference     VARCHAR(500),
    CONSTRAINT agreement_annex_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);
CREATE INDEX agreement_annex_by_agreement ON agreement_annex (agreement_id, position);

CREATE TABLE agreement_version (
    id              VARCHAR(50)  NOT NULL PRIMARY KEY,
    agreement_id    CHAR(36)     NOT NULL,
    number          INT          NOT NULL,
    supersedes      INT,
    state           VARCHAR(10)  NOT NULL,
    proposed_on     DATE         NOT NULL,
    concluded_on    DATE,
    effective_on    DATE,
    text_reference  VARCHAR(500),
    summary         TEXT,
    CONSTRAINT agreement_version_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT agreement_version_number UNIQUE (agreement_id, number)
);

CREATE TABLE agreement_consent (
    id              VARCHAR(60) NOT NULL PRIMARY KEY,
    agreement_id    CHAR(36)    NOT NULL,
    version_number  INT         NOT NULL,
    position        INT         NOT NULL,
    partner_id      CHAR(36)    NOT NULL,
    consented_on    DATE        NOT NULL,
    CONSTRAINT agreement_consent_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);
CREATE INDEX agreement_consent_by_agreement ON agreement_consent (agreement_id, version_number, position);

CREATE TABLE agreement_review (
    id             VARCHAR(50) NOT NULL PRIMARY KEY,
    agreement_id   CHAR(36)    NOT NULL,
    position       INT         NOT NULL,
    held_on        DATE        NOT NULL,
    change_needed  BOOLEAN     NOT NULL,
    note           TEXT,
    CONSTRAINT agreement_review_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);
CREATE INDEX agreement_review_by_agreement ON agreement_review (agreement_id, position);

CREATE TABLE declaration (
    id                    CHAR(36)     NOT NULL PRIMARY KEY,
    network_id            CHAR(36)     NOT NULL,
    kind                  VARCHAR(15)  NOT NULL,
    agreement_id          CHAR(36),
    partner_id            CHAR(36),
    received_on           DATE         NOT NULL,
    recorded_by           VARCHAR(200) NOT NULL,
    recorded_at_micros    BIGINT       NOT NULL,
    accepted_version      INT,
    contact_organisation  VARCHAR(200),
    contact_name          VARCHAR(200),
    contact_phone         VARCHAR(30),
    contact_email         VARCHAR(254),
    publish_logo          BOOLEAN,
    publish_contacts      BOOLEAN,
    signed_on             DATE,
    person_name           VARCHAR(200),
    person_email          VARCHAR(254),
    working_groups        TEXT,
    requested_on          DATE,
    effective_on          DATE,
    rule_applied          VARCHAR(500),
    successor_due_by      DATE,
    CONSTRAINT declaration_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT declaration_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);
CREATE INDEX declaration_by_network ON declaration (network_id, received_on, recorded_at_micros, id);
CREATE INDEX declaration_by_agreement ON declaration (agreement_id, received_on, recorded_at_micros, id);
