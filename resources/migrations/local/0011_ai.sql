-- Schema 11: the AI's own records (issue 5).
-- ai_requests: every request the router sent or answered itself, whatever
-- the endpoint (offline engine, local or cloud LLM): who asked, for what,
-- which data classes it carried and where the policy let it go. It is the
-- audit trail of routing decisions, append-only like audit_log.
CREATE TABLE ai_requests (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT,
    id                TEXT NOT NULL UNIQUE,
    at                TEXT NOT NULL,          -- UTC, ISO 8601 with ms
    user_id           TEXT NOT NULL DEFAULT '',
    user_name         TEXT NOT NULL DEFAULT '',
    purpose           TEXT NOT NULL,          -- describe_product, categorize, assistant, test_connection, ...
    data_classes      TEXT NOT NULL,          -- comma list: public,internal,personal
    endpoint          TEXT NOT NULL,          -- offline | local | cloud
    endpoint_url      TEXT NOT NULL DEFAULT '',
    model             TEXT NOT NULL DEFAULT '',
    latency_ms        INTEGER NOT NULL DEFAULT 0,
    prompt_tokens     INTEGER,                -- NULL when the server did not report them
    completion_tokens INTEGER,
    outcome           TEXT NOT NULL,          -- ok | error code (AI_UNAVAILABLE, ...) | denied
    cache_hit         INTEGER NOT NULL DEFAULT 0,
    detail            TEXT NOT NULL DEFAULT ''
);
-- ;;
CREATE INDEX ai_requests_at ON ai_requests (at);
-- ;;
CREATE TRIGGER ai_requests_no_update BEFORE UPDATE ON ai_requests BEGIN
    SELECT RAISE(ABORT, 'ai request log is append-only');
END;
-- ;;
-- assistant_messages: a user's conversation with the assistant, kept on
-- this terminal only. Exportable (JSON) and deletable by its user ("forget
-- me"), so unlike the audit trails it may be deleted.
CREATE TABLE assistant_messages (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    user_id      TEXT NOT NULL,             -- '' in a store without users
    conversation TEXT NOT NULL,
    at           TEXT NOT NULL,
    role         TEXT NOT NULL,             -- user | assistant
    content      TEXT NOT NULL,
    engine       TEXT NOT NULL DEFAULT '',  -- offline | local | cloud, for assistant turns
    products     TEXT NOT NULL DEFAULT '[]' -- JSON array of {id, name} the answer cites
);
-- ;;
CREATE INDEX assistant_messages_user ON assistant_messages (user_id, seq);
