-- Bodega central server, schema version 5: fixes to versions 3 and 4 found
-- in review.
--
-- 1. Two receipt.pdf_ready events for the same sale in one batch (an invoice
--    made again while the terminal was offline) made the INSERT ... ON
--    CONFLICT DO UPDATE touch one row twice (SQLSTATE 21000) and failed the
--    whole batch. The last announcement of a batch now wins.
-- 2. A terminal could overwrite another terminal's invoice record, and
--    announce an invoice for a sale that is not on the server: only the
--    terminal that made the sale may attach its invoice.
-- 3. TRUNCATE went around the audit log's append-only trigger.
CREATE OR REPLACE FUNCTION apply_events_v3(batch jsonb)
RETURNS TABLE (event_id text, outcome text, problem text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = bodega, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_terminal uuid;
    v_store uuid;
    v_verdicts jsonb;
BEGIN
    SELECT t.id, t.store_id INTO v_terminal, v_store FROM terminals t WHERE t.db_role = session_user;
    -- Its own statement: the one below must see the sales this batch added.
    SELECT coalesce(jsonb_agg(jsonb_build_array(r.event_id, r.outcome, r.problem) ORDER BY r.ord), '[]')
    INTO v_verdicts
    FROM apply_events_v2(batch) WITH ORDINALITY AS r(event_id, outcome, problem, ord);

    INSERT INTO sale_documents (store_id, sale_id, kind, file_name, bytes, sha256, terminal_id, event_id,
                                occurred_at)
    SELECT v_store, n.sale_id, n.e->'payload'->>'document', n.e->'payload'->>'file_name',
           (n.e->'payload'->>'bytes')::bigint, n.e->'payload'->>'sha256', v_terminal, (n.e->>'id')::uuid,
           (n.e->>'occurred_at')::timestamptz
    FROM (SELECT DISTINCT ON ((b.e->'payload'->>'sale_id'), (b.e->'payload'->>'document'))
                 b.e, (b.e->'payload'->>'sale_id')::uuid AS sale_id
          FROM jsonb_array_elements(batch) WITH ORDINALITY AS b(e, ord)
          WHERE b.e->>'type' = 'receipt.pdf_ready' AND v_verdicts->(b.ord::int - 1)->>1 = 'applied'
          ORDER BY (b.e->'payload'->>'sale_id'), (b.e->'payload'->>'document'), b.ord DESC) n
    JOIN sales s ON s.store_id = v_store AND s.id = n.sale_id AND s.terminal_id = v_terminal
    ON CONFLICT (store_id, sale_id, kind) DO UPDATE
        SET file_name = excluded.file_name, bytes = excluded.bytes, sha256 = excluded.sha256,
            event_id = excluded.event_id, occurred_at = excluded.occurred_at
        WHERE sale_documents.terminal_id = excluded.terminal_id;

    RETURN QUERY
    SELECT v->>0, v->>1, v->>2 FROM jsonb_array_elements(v_verdicts) WITH ORDINALITY AS x(v, ord)
    ORDER BY x.ord;
END
$$;
REVOKE ALL ON FUNCTION apply_events_v3(jsonb) FROM PUBLIC, bodega_terminal;

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
