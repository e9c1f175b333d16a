-- User accounts. Roles in networks one per line: network id, role and (for members) the partner id,
-- separated by colons. The password only as a bcrypt hash.
CREATE TABLE app_user (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    administrator BOOLEAN      NOT NULL,
    grants        TEXT         NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT app_user_username UNIQUE (username)
);

-- Refresh tokens as SHA-256 hashes; a used or signed-out token is kept revoked until it expires.
CREATE TABLE refresh_token (
    token_hash        CHAR(64) NOT NULL PRIMARY KEY,
    user_id           CHAR(36) NOT NULL,
    expires_at_micros BIGINT   NOT NULL,
    revoked           BOOLEAN  NOT NULL
);
