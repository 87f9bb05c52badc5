-- Schema 5: people who use the till (issue 4). Secrets are argon2id hashes
-- in libsodium's encoded form ($argon2id$v=19$m=...); a user is never
-- deleted, only deactivated, so the audit trail keeps naming them.
CREATE TABLE users (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role            TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'cashier')),
    secret_kind     TEXT NOT NULL CHECK (secret_kind IN ('password', 'pin')),
    secret_hash     TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
