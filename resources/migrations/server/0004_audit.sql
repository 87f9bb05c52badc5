-- Bodega central server, schema version 4: every terminal's audit trail.
-- Terminals append an audit.recorded event for each entry of their local,
-- append-only audit log (logins, refused logins, voids, returns, discounts
-- over the limit, price changes, stock adjustments, shifts); the server
-- keeps them, append-only too, for the back office.

CREATE TABLE audit_log (
    store_id    uuid NOT NULL REFERENCES stores (id),
    id          uuid NOT NULL,
    terminal_id uuid NOT NULL REFERENCES terminals (id),
    at          timestamptz NOT NULL,
    user_id     text NOT NULL,
    user_name   text NOT NULL,
    action      text NOT NULL,
    subject     text NOT NULL,
    before      jsonb NOT NULL,
    after       jsonb NOT NULL,
    event_id    uuid NOT NULL,
    PRIMARY KEY (store_id, id)
);
CREATE INDEX audit_log_at ON audit_log (store_id, at);
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_store ON audit_log FOR SELECT TO bodega_terminal
    USING (store_id IN (SELECT store_id FROM terminals WHERE db_role = current_user));
GRANT SELECT ON audit_log TO bodega_terminal;
-- Append-only, for the owner too: what happened stays written.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

-- Version 3's event_problem, with audit.recorded judged in front of it.
ALTER FUNCTION event_problem(jsonb, jsonb) RENAME TO event_problem_v3;
CREATE FUNCTION event_problem(e jsonb, p jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN e->>'type' IS DISTINCT FROM 'audit.recorded' THEN event_problem_v3(e, p)
        WHEN jsonb_typeof(e) IS DISTINCT FROM 'object' THEN 'event: not a JSON object'
        WHEN coalesce(e->>'id', '') !~ '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
            THEN 'id: not a UUIDv7'
        WHEN jsonb_typeof(p) IS DISTINCT FROM 'object' THEN 'payload: not an object'
        WHEN coalesce(e->>'occurred_at', '') !~ '^\d{4}-\d\d-\d\dT' THEN 'occurred_at: not a date-time'
        WHEN (e->>'schema_version') IS DISTINCT FROM '1' THEN 'schema_version: unsupported'
        WHEN coalesce(p->>'audit_id', '') !~ '^[0-9a-f-]{36}$' THEN 'payload.audit_id: not a UUID'
        WHEN coalesce(p->>'at', '') !~ '^\d{4}-\d\d-\d\dT\d\d:\d\d' THEN 'payload.at: not a date-time'
        WHEN jsonb_typeof(p->'user_id') IS DISTINCT FROM 'string' OR length(p->>'user_id') > 64
            THEN 'payload.user_id: invalid'
        WHEN jsonb_typeof(p->'user_name') IS DISTINCT FROM 'string' OR length(p->>'user_name') > 200
            THEN 'payload.user_name: invalid'
        WHEN coalesce(p->>'action', '') !~ '^[a-z_]{1,40}$' THEN 'payload.action: invalid'
        WHEN jsonb_typeof(p->'subject') IS DISTINCT FROM 'string' OR length(p->>'subject') > 200
            THEN 'payload.subject: invalid'
        WHEN jsonb_typeof(p->'before') IS DISTINCT FROM 'object' THEN 'payload.before: not an object'
        WHEN jsonb_typeof(p->'after') IS DISTINCT FROM 'object' THEN 'payload.after: not an object'
    END
$$;

-- Version 3's apply_events, then the audit entries of the events it applied.
ALTER FUNCTION apply_events(jsonb) RENAME TO apply_events_v3;
REVOKE ALL ON FUNCTION apply_events_v3(jsonb) FROM PUBLIC, bodega_terminal;
CREATE FUNCTION apply_events(batch jsonb)
RETURNS TABLE (event_id text, outcome text, problem text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = bodega, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_terminal uuid;
    v_store uuid;
BEGIN
    SELECT t.id, t.store_id INTO v_terminal, v_store FROM terminals t WHERE t.db_role = session_user;
    RETURN QUERY
    WITH applied AS (
        SELECT r.event_id, r.outcome, r.problem, r.ord
        FROM apply_events_v3(batch) WITH ORDINALITY AS r(event_id, outcome, problem, ord)),
    entries AS (
        INSERT INTO audit_log (store_id, id, terminal_id, at, user_id, user_name, action, subject, before,
                               after, event_id)
        SELECT v_store, (e->'payload'->>'audit_id')::uuid, v_terminal, (e->'payload'->>'at')::timestamptz,
               e->'payload'->>'user_id', e->'payload'->>'user_name', e->'payload'->>'action',
               e->'payload'->>'subject', e->'payload'->'before', e->'payload'->'after', (e->>'id')::uuid
        FROM applied a CROSS JOIN LATERAL (SELECT batch->(a.ord::int - 1) AS e) x
        WHERE a.outcome = 'applied' AND e->>'type' = 'audit.recorded'
        ON CONFLICT (store_id, id) DO NOTHING
        RETURNING 1)
    -- (A data-modifying WITH runs to completion whether or not it is read.)
    SELECT a.event_id, a.outcome, a.problem FROM applied a ORDER BY a.ord;
END
$$;
REVOKE ALL ON FUNCTION apply_events(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_events(jsonb) TO bodega_terminal;
