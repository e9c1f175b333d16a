-- The sign-in a refresh token descends from: when a used token comes back, its whole family is revoked.
ALTER TABLE refresh_token ADD COLUMN family CHAR(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
CREATE INDEX refresh_token_by_family ON refresh_token (family);
CREATE INDEX refresh_token_by_user ON refresh_token (user_id);
