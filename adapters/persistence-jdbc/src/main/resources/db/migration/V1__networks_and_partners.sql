-- Runs unchanged on MariaDB 10.11 and on H2 in MariaDB mode (the embedded default).
-- Ids are UUIDs in their canonical text form. sort_name holds de.koop.domain.shared.SortKey,
-- which is [a-z0-9] only, so every collation orders it alike.

CREATE TABLE network (
    id                      CHAR(36)     NOT NULL PRIMARY KEY,
    name                    VARCHAR(200) NOT NULL,
    sort_name               VARCHAR(200) NOT NULL,
    short_name              VARCHAR(30),
    region                  VARCHAR(200) NOT NULL,
    goals                   TEXT,
    admission               VARCHAR(10)  NOT NULL,
    coordinator_partner_id  CHAR(36),
    coordinator_contact_id  CHAR(36),
    version                 BIGINT       NOT NULL
);
CREATE INDEX network_by_name ON network (sort_name, id);

CREATE TABLE partner (
    id                         CHAR(36)     NOT NULL PRIMARY KEY,
    network_id                 CHAR(36)     NOT NULL,
    name                       VARCHAR(200) NOT NULL,
    sort_name                  VARCHAR(200) NOT NULL,
    category                   VARCHAR(40)  NOT NULL,
    street                     VARCHAR(200) NOT NULL,
    postal_code                VARCHAR(5)   NOT NULL,
    city                       VARCHAR(100) NOT NULL,
    logo_url                   VARCHAR(500),
    logo_consent               VARCHAR(10)  NOT NULL,
    logo_consent_since         DATE,
    contacts_consent           VARCHAR(10)  NOT NULL,
    contacts_consent_since     DATE,
    published                  BOOLEAN      NOT NULL,
    no_commercial_interest_on  DATE,
    version                    BIGINT       NOT NULL,
    CONSTRAINT partner_network FOREIGN KEY (network_id) REFERENCES network (id)
);
CREATE INDEX partner_by_network ON partner (network_id, sort_name, id);
CREATE INDEX partner_by_category ON partner (network_id, category, sort_name, id);
CREATE INDEX partner_published ON partner (network_id, published, sort_name, id);

CREATE TABLE partner_contact (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    partner_id  CHAR(36)     NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(200) NOT NULL,
    function    VARCHAR(200),
    phone       VARCHAR(30),
    email       VARCHAR(254),
    CONSTRAINT partner_contact_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE
);
CREATE INDEX partner_contact_by_partner ON partner_contact (partner_id, position);
