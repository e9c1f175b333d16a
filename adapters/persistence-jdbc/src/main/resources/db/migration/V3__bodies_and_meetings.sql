-- Bodies keep their rules as data, flattened into columns; their seats are history: added and ended,
-- never removed. Meetings keep invitees, agenda items and decisions as child rows, the minutes inline.
-- Lists of enum names and partner ids are comma-separated, required topics (single-line by the
-- domain's rules) newline-separated. A body's parent and electorate are other bodies named by id only:
-- a self-referencing foreign key would make deleting a network's bodies depend on the row order.
-- Minutes may hold 100,000 characters, more than TEXT's 64 KB on MariaDB: MEDIUMTEXT (a CLOB on H2).

CREATE TABLE body (
    id                      CHAR(36)     NOT NULL PRIMARY KEY,
    network_id              CHAR(36)     NOT NULL,
    kind                    VARCHAR(20)  NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    sort_name               VARCHAR(200) NOT NULL,
    parent_id               CHAR(36),
    established_on          DATE         NOT NULL,
    temporary_until         DATE,
    formats                 VARCHAR(100) NOT NULL,
    minutes_required        BOOLEAN      NOT NULL,
    decision_kind           VARCHAR(40)  NOT NULL,
    quorum_percent          INT,
    cadence_kind            VARCHAR(15)  NOT NULL,
    cadence_years           INT,
    cadence_times           INT,
    cadence_frequency       VARCHAR(10),
    required_topics         TEXT,
    responsibilities        TEXT,
    max_elected_seats       INT,
    speaker_ex_officio      BOOLEAN      NOT NULL,
    member_from_each_child  BOOLEAN      NOT NULL,
    reserved_for            TEXT,
    convening_kind          VARCHAR(15),
    convening_parties       TEXT,
    convening_years         INT,
    convening_from          DATE,
    electorate_body_id      CHAR(36),
    election_term_years     INT,
    max_consecutive_terms   INT,
    revision                BIGINT       NOT NULL,
    CONSTRAINT body_network FOREIGN KEY (network_id) REFERENCES network (id)
);
CREATE INDEX body_by_network ON body (network_id, sort_name, id);

CREATE TABLE body_seat (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    body_id       CHAR(36)     NOT NULL,
    position      INT          NOT NULL,
    holder_name   VARCHAR(200) NOT NULL,
    person_id     CHAR(36),
    on_behalf_of  CHAR(36),
    role          VARCHAR(10)  NOT NULL,
    basis         VARCHAR(25)  NOT NULL,
    from_date     DATE         NOT NULL,
    until_date    DATE,
    CONSTRAINT body_seat_body FOREIGN KEY (body_id) REFERENCES body (id)
);
CREATE INDEX body_seat_by_body ON body_seat (body_id, position);

CREATE TABLE meeting (
    id                   CHAR(36)     NOT NULL PRIMARY KEY,
    network_id           CHAR(36)     NOT NULL,
    body_id              CHAR(36)     NOT NULL,
    number               INT          NOT NULL,
    starts_at            DATETIME     NOT NULL,
    ends_at              DATETIME,
    format               VARCHAR(10)  NOT NULL,
    place                VARCHAR(500),
    convener_partner_id  CHAR(36),
    convener_reason      VARCHAR(500),
    state                VARCHAR(10)  NOT NULL,
    minutes_text         MEDIUMTEXT,
    minutes_approved_on  DATE,
    revision             BIGINT       NOT NULL,
    CONSTRAINT meeting_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT meeting_body FOREIGN KEY (body_id) REFERENCES body (id),
    CONSTRAINT meeting_number UNIQUE (body_id, number)
);
CREATE INDEX meeting_by_network ON meeting (network_id, starts_at, id);

CREATE TABLE meeting_invitee (
    id          VARCHAR(50)  NOT NULL PRIMARY KEY,
    meeting_id  CHAR(36)     NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(200) NOT NULL,
    person_id   CHAR(36),
    partner_id  CHAR(36),
    voting      BOOLEAN      NOT NULL,
    present     BOOLEAN      NOT NULL,
    CONSTRAINT meeting_invitee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX meeting_invitee_by_meeting ON meeting_invitee (meeting_id, position);

CREATE TABLE meeting_agenda_item (
    id            VARCHAR(50)  NOT NULL PRIMARY KEY,
    meeting_id    CHAR(36)     NOT NULL,
    number        INT          NOT NULL,
    title         VARCHAR(300) NOT NULL,
    proposed_by   VARCHAR(200) NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    required      BOOLEAN      NOT NULL,
    carried_over  BOOLEAN      NOT NULL,
    CONSTRAINT meeting_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX meeting_agenda_item_by_meeting ON meeting_agenda_item (meeting_id, number);

CREATE TABLE meeting_decision (
    id              VARCHAR(50)   NOT NULL PRIMARY KEY,
    meeting_id      CHAR(36)      NOT NULL,
    number          INT           NOT NULL,
    motion          VARCHAR(1000) NOT NULL,
    yes_votes       INT           NOT NULL,
    no_votes        INT           NOT NULL,
    abstain_votes   INT           NOT NULL,
    present         INT           NOT NULL,
    members         INT           NOT NULL,
    decision_kind   VARCHAR(40)   NOT NULL,
    quorum_percent  INT,
    outcome         VARCHAR(10)   NOT NULL,
    CONSTRAINT meeting_decision_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX meeting_decision_by_meeting ON meeting_decision (meeting_id, number);
