-- A counter per network raised by every change of its data (see NetworkStamps): read models computed
-- from a network stay valid while it stands.
CREATE TABLE network_stamp (
    network_id CHAR(36) NOT NULL PRIMARY KEY,
    stamp      BIGINT   NOT NULL
);
