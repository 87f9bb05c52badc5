-- Bodega central server, schema version 3: the documents made after a sale.
-- A terminal announces each invoice PDF it attached to a sale with a
-- receipt.pdf_ready event (file name, size, SHA-256); the server keeps that
-- record, so the back office knows which sales have their invoice and can
-- check a copy it is shown against the digest.

CREATE TABLE sale_documents (
    store_id    uuid NOT NULL REFERENCES stores (id),
    sale_id     uuid NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('invoice')),
    file_name   text NOT NULL,
    bytes       bigint NOT NULL CHECK (bytes > 0),
    sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    terminal_id uuid NOT NULL REFERENCES terminals (id),
    event_id    uuid NOT NULL,
    occurred_at timestamptz NOT NULL,
    PRIMARY KEY (store_id, sale_id, kind)
);
ALTER TABLE sale_documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_store ON sale_documents FOR SELECT TO bodega_terminal
    USING (store_id IN (SELECT store_id FROM terminals WHERE db_role = current_user));
GRANT SELECT ON sale_documents TO bodega_terminal;

-- event_problem() of version 2 still judges the other types; the new one
-- adds receipt.pdf_ready in front of it (the JSON Schema's rules).
ALTER FUNCTION event_problem(jsonb, jsonb) RENAME TO event_problem_v2;
CREATE FUNCTION event_problem(e jsonb, p jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN e->>'type' IS DISTINCT FROM 'receipt.pdf_ready' THEN event_problem_v2(e, p)
        WHEN jsonb_typeof(e) IS DISTINCT FROM 'object' THEN 'event: not a JSON object'
        WHEN coalesce(e->>'id', '') !~ '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
            THEN 'id: not a UUIDv7'
        WHEN jsonb_typeof(p) IS DISTINCT FROM 'object' THEN 'payload: not an object'
        WHEN coalesce(e->>'occurred_at', '') !~ '^\d{4}-\d\d-\d\dT' THEN 'occurred_at: not a date-time'
        WHEN (e->>'schema_version') IS DISTINCT FROM '1' THEN 'schema_version: unsupported'
        WHEN coalesce(p->>'sale_id', '') !~ '^[0-9a-f-]{36}$' THEN 'payload.sale_id: not a UUID'
        WHEN coalesce(p->>'receipt_no', '') !~ '^[A-Za-z0-9]{1,16}-[0-9]{6,}$' THEN 'payload.receipt_no: invalid'
        WHEN coalesce(p->>'document', '') <> 'invoice' THEN 'payload.document: unknown'
        WHEN coalesce(p->>'file_name', '') = '' OR length(p->>'file_name') > 255 THEN 'payload.file_name: invalid'
        WHEN jsonb_typeof(p->'bytes') IS DISTINCT FROM 'number' OR (p->>'bytes') !~ '^[1-9]\d{0,15}$'
            THEN 'payload.bytes: not a positive whole number'
        WHEN coalesce(p->>'sha256', '') !~ '^[0-9a-f]{64}$' THEN 'payload.sha256: not a SHA-256 digest'
    END
$$;

-- apply_events of version 2 applies the batch (and records receipt.pdf_ready
-- events as applied, exactly once, like every other); this one then keeps the
-- document of each one it applied. Same contract, same signature.
ALTER FUNCTION apply_events(jsonb) RENAME TO apply_events_v2;
REVOKE ALL ON FUNCTION apply_events_v2(jsonb) FROM PUBLIC, bodega_terminal;
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
        FROM apply_events_v2(batch) WITH ORDINALITY AS r(event_id, outcome, problem, ord)),
    documents AS (
        INSERT INTO sale_documents (store_id, sale_id, kind, file_name, bytes, sha256, terminal_id, event_id,
                                    occurred_at)
        SELECT v_store, (e->'payload'->>'sale_id')::uuid, e->'payload'->>'document', e->'payload'->>'file_name',
               (e->'payload'->>'bytes')::bigint, e->'payload'->>'sha256', v_terminal, (e->>'id')::uuid,
               (e->>'occurred_at')::timestamptz
        FROM applied a CROSS JOIN LATERAL (SELECT batch->(a.ord::int - 1) AS e) x
        WHERE a.outcome = 'applied' AND e->>'type' = 'receipt.pdf_ready'
        -- A later invoice of the same sale (made again after a reprint) replaces the record.
        ON CONFLICT (store_id, sale_id, kind) DO UPDATE
            SET file_name = excluded.file_name, bytes = excluded.bytes, sha256 = excluded.sha256,
                terminal_id = excluded.terminal_id, event_id = excluded.event_id,
                occurred_at = excluded.occurred_at
        RETURNING 1)
    -- (A data-modifying WITH runs to completion whether or not it is read.)
    SELECT a.event_id, a.outcome, a.problem FROM applied a ORDER BY a.ord;
END
$$;
REVOKE ALL ON FUNCTION apply_events(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_events(jsonb) TO bodega_terminal;
