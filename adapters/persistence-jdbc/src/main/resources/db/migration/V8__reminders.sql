-- A reminder's occasion (kind/subject/day): unique, so that no occasion is reminded of twice even if
-- two sweeps were to overlap. Other messages have none; both databases allow many NULLs in a unique index.
ALTER TABLE outbox ADD COLUMN occasion VARCHAR(200) NULL;
CREATE UNIQUE INDEX ux_outbox_occasion ON outbox (occasion);

-- ShedLock's table: the reminder sweep runs on one instance per period.
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at TIMESTAMP(3) NOT NULL,
    locked_by VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
