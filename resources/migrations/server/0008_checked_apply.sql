-- Bodega central server, schema version 8: a batch can be checked before it
-- is applied, on another connection.
--
-- Staging (reading the JSON, converting and checking every event) is about
-- 40 % of apply_events, and it reads nothing but the batch. So a terminal
-- with a second connection has the server check batch k+1 there
-- (check_events) while batch k is being applied on the first, and then
-- applies k+1 with apply_checked() in the same transaction: two backends,
-- two cores, instead of one backend doing both in turn.
--
-- The work itself is version 6's, cut in two: stage_checked() is everything
-- up to the idempotency record, apply_staged_events() everything from it on.
-- apply_events(batch) is the two in one call, as before. The store's
-- advisory lock is now taken after staging, because staging only fills this
-- session's temporary tables; feed order is still commit order.

-- Who is calling: the one place that maps the session's login to its terminal.
CREATE FUNCTION calling_terminal(OUT terminal_id uuid, OUT code text, OUT store_id uuid, OUT currency text)
LANGUAGE plpgsql STABLE SET search_path = bodega, pg_temp AS $$
BEGIN
    SELECT t.id, t.code, t.store_id, s.currency INTO terminal_id, code, store_id, currency
    FROM terminals t JOIN stores s ON s.id = t.store_id WHERE t.db_role = session_user;
    IF terminal_id IS NULL THEN
        RAISE EXCEPTION 'role % is not a registered terminal', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- Version 2's staging tables, plus the batch itself for apply_checked(). It
-- is stored uncompressed: it is read back once, in the same transaction.
CREATE OR REPLACE FUNCTION stage_batch() RETURNS void
LANGUAGE plpgsql SET search_path = bodega, pg_temp AS $$
DECLARE
    v_me oid := (SELECT r.oid FROM pg_roles r WHERE r.rolname = current_user);
BEGIN
    IF to_regclass('pg_temp.apply_staged') IS NULL THEN
        CREATE TEMP TABLE apply_staged (
            ord          integer NOT NULL,
            id           uuid,
            type         text,
            problem      text,
            fresh        boolean NOT NULL DEFAULT false,
            occurred_at  timestamptz,
            sale_id      uuid,
            receipt_no   text,
            currency     text,
            total        bigint,
            completed_at timestamptz,
            ok           boolean
        ) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE apply_lines (
            ord         integer NOT NULL,
            sale_id     uuid NOT NULL,
            line_no     integer,
            product_id  uuid,
            sku         text,
            qty_milli   bigint,
            unit_price  bigint,
            total       bigint,
            movement_id uuid,
            ok          boolean
        ) ON COMMIT DELETE ROWS;
    END IF;
    -- A session that staged before this version has the first two only.
    IF to_regclass('pg_temp.apply_batch') IS NULL THEN
        CREATE TEMP TABLE apply_batch (batch jsonb NOT NULL) ON COMMIT DELETE ROWS;
        ALTER TABLE pg_temp.apply_batch ALTER COLUMN batch SET STORAGE EXTERNAL;
    END IF;
    IF (SELECT c.relowner FROM pg_class c WHERE c.oid = to_regclass('pg_temp.apply_staged')) <> v_me
       OR (SELECT c.relowner FROM pg_class c WHERE c.oid = to_regclass('pg_temp.apply_lines')) <> v_me
       OR (SELECT c.relowner FROM pg_class c WHERE c.oid = to_regclass('pg_temp.apply_batch')) <> v_me THEN
        RAISE EXCEPTION 'staging tables of this session were not made by apply_events'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM pg_temp.apply_staged;
    DELETE FROM pg_temp.apply_lines;
    DELETE FROM pg_temp.apply_batch;
END
$$;

-- Everything before the idempotency record: only this session's tables.
CREATE FUNCTION stage_checked(batch jsonb, p_currency text) RETURNS void
LANGUAGE plpgsql SET search_path = bodega, pg_temp SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'apply_events expects a JSON array' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM stage_batch();
    BEGIN
        PERFORM stage_events(batch, false, p_currency);
    EXCEPTION WHEN data_exception THEN
        -- A value that does not convert: check every event exactly, convert
        -- the clean ones. Should one still fail, the call fails and the
        -- terminal halves the batch until the culprit stands alone.
        PERFORM stage_events(batch, true, p_currency);
    END;

    UPDATE apply_staged SET problem = 'payload.currency: this store sells in ' || p_currency
    WHERE problem IS NULL AND type IN ('product.upserted', 'sale.completed') AND currency <> p_currency;
    -- The same id twice in one batch: the first one counts.
    UPDATE apply_staged s SET problem = 'id: repeated in the batch'
    FROM (SELECT ord, row_number() OVER (PARTITION BY id ORDER BY ord) AS nth FROM apply_staged) d
    WHERE d.ord = s.ord AND d.nth > 1 AND s.problem IS NULL;
END
$$;

-- Everything from the idempotency record on, for a batch stage_checked()
-- staged in this transaction (version 6's rules, unchanged).
--
-- The checks that look the batch up in tables that grow without bound
-- (applied events, products, sales) are planned afresh for each batch
-- (EXECUTE): a session's generic plan, made while a table was empty (a new
-- store), kept scanning it whole as it grew. The receipt-number check took
-- 550 ms for a batch of 1,000 against 100,000 sales that way, instead of
-- about 2 ms. Planning them costs about a millisecond a batch.
CREATE FUNCTION apply_staged_events(batch jsonb, v_terminal uuid, v_code text, v_store uuid)
RETURNS TABLE (event_id text, outcome text, problem text)
LANGUAGE plpgsql SET search_path = bodega, pg_temp SET plan_cache_mode = force_generic_plan AS $$
#variable_conflict use_column
DECLARE
    rec record;
BEGIN
    -- Feed order within a store = commit order (see change_feed).
    PERFORM pg_advisory_xact_lock(hashtextextended(v_store::text, 0));

    -- The idempotency record (see version 6, 2.).
    EXECUTE 'UPDATE apply_staged s SET fresh = true
             WHERE s.problem IS NULL AND NOT EXISTS (SELECT 1 FROM applied_events a WHERE a.event_id = s.id)';
    BEGIN
        INSERT INTO applied_events (event_id, store_id, terminal_id, type, occurred_at)
        SELECT s.id, v_store, v_terminal, s.type, s.occurred_at FROM apply_staged s WHERE s.fresh;
    EXCEPTION WHEN unique_violation THEN
        -- Another store committed one of these ids since the probe: that
        -- event is not this batch's to apply (version 2 said "duplicate").
        WITH inserted AS (
            INSERT INTO applied_events (event_id, store_id, terminal_id, type, occurred_at)
            SELECT s.id, v_store, v_terminal, s.type, s.occurred_at FROM apply_staged s WHERE s.fresh
            ON CONFLICT ON CONSTRAINT applied_events_pkey DO NOTHING
            RETURNING applied_events.event_id)
        UPDATE apply_staged s SET fresh = false
        WHERE s.fresh AND NOT EXISTS (SELECT 1 FROM inserted i WHERE i.event_id = s.id);
    END;

    -- Products first, in batch order: sales and movements below may refer to them.
    FOR rec IN SELECT batch->(s.ord - 1)->'payload' AS p, (batch->(s.ord - 1)->>'schema_version')::int AS version
               FROM apply_staged s WHERE s.fresh AND s.type = 'product.upserted' ORDER BY s.ord LOOP
        IF merge_product(v_store, rec.p, rec.version, v_code) THEN
            INSERT INTO change_feed (store_id, entity, entity_id, origin_terminal, payload)
            SELECT v_store, 'product', r.id, v_terminal, to_jsonb(r) - 'store_id'
            FROM products r WHERE r.store_id = v_store AND r.id = (rec.p->>'id')::uuid;
        END IF;
    END LOOP;

    -- References that do not hold are refused for good, and their idempotency
    -- record goes with them.
    UPDATE apply_staged s SET problem = 'payload.product_id: unknown product ' || (batch->(s.ord - 1)->'payload'->>'product_id')
    WHERE s.fresh AND s.type IN ('stock.adjusted', 'stock.low')
      AND NOT EXISTS (SELECT 1 FROM products r
                      WHERE r.store_id = v_store AND r.id = (batch->(s.ord - 1)->'payload'->>'product_id')::uuid);
    EXECUTE 'UPDATE apply_staged s SET problem = ''payload.lines: unknown product''
             FROM (SELECT DISTINCT l.ord FROM apply_lines l
                   WHERE NOT EXISTS (SELECT 1 FROM products r WHERE r.store_id = $1 AND r.id = l.product_id)) bad
             WHERE s.fresh AND s.ord = bad.ord' USING v_store;
    EXECUTE 'UPDATE apply_staged s SET problem = ''payload.receipt_no: already used by another sale''
             WHERE s.fresh AND s.problem IS NULL AND s.type = ''sale.completed''
               AND (SELECT x.id FROM sales x WHERE x.store_id = $1 AND x.receipt_no = s.receipt_no
                    LIMIT 1) <> s.sale_id' USING v_store;
    EXECUTE 'DELETE FROM applied_events a USING apply_staged s
             WHERE s.fresh AND s.problem IS NOT NULL AND a.event_id = s.id';
    UPDATE apply_staged SET fresh = false WHERE fresh AND problem IS NOT NULL;

    -- Sales, their lines and their movements, set-based.
    INSERT INTO sales (store_id, id, receipt_no, terminal_id, currency, total, completed_at, event_id)
    SELECT v_store, s.sale_id, s.receipt_no, v_terminal, s.currency, s.total, s.completed_at, s.id
    FROM apply_staged s WHERE s.fresh AND s.type = 'sale.completed';
    INSERT INTO sale_lines (store_id, sale_id, line_no, product_id, sku, qty_milli, unit_price, total, movement_id)
    SELECT v_store, l.sale_id, l.line_no, l.product_id, l.sku, l.qty_milli, l.unit_price, l.total, l.movement_id
    FROM apply_lines l JOIN apply_staged s ON s.ord = l.ord WHERE s.fresh;

    -- The ledger, the levels it moves, and each touched level once in the feed.
    WITH moves AS (
        SELECT (a.p->>'movement_id')::uuid AS id, (a.p->>'product_id')::uuid AS product_id, a.p->>'kind' AS kind,
               (a.p->>'delta_milli')::bigint AS delta_milli, coalesce(a.p->>'reason', '') AS reason,
               coalesce(a.p->>'reference', '') AS reference, a.id AS event_id, a.occurred_at
        FROM (SELECT s.id, s.occurred_at, batch->(s.ord - 1)->'payload' AS p
              FROM apply_staged s WHERE s.fresh AND s.type = 'stock.adjusted') a
        UNION ALL
        SELECT l.movement_id, l.product_id, 'sale', -l.qty_milli, '', s.receipt_no, s.id, s.occurred_at
        FROM apply_lines l JOIN apply_staged s ON s.ord = l.ord WHERE s.fresh),
    booked AS (
        INSERT INTO stock_movements (store_id, id, product_id, kind, delta_milli, reason, reference, terminal_id,
                                     event_id, occurred_at)
        SELECT v_store, m.id, m.product_id, m.kind, m.delta_milli, m.reason, m.reference, v_terminal, m.event_id,
               m.occurred_at
        FROM moves m
        RETURNING product_id, delta_milli),
    levels AS (
        UPDATE stock_levels l SET qty_milli = l.qty_milli + d.delta
        FROM (SELECT b.product_id, sum(b.delta_milli) AS delta FROM booked b GROUP BY b.product_id) d
        WHERE l.store_id = v_store AND l.product_id = d.product_id
        RETURNING l.product_id, l.qty_milli)
    INSERT INTO change_feed (store_id, entity, entity_id, origin_terminal, payload)
    SELECT v_store, 'stock', v.product_id, v_terminal,
           jsonb_build_object('product_id', v.product_id, 'qty_milli', v.qty_milli)
    FROM levels v;

    INSERT INTO stock_alerts (store_id, id, product_id, current_stock_milli, threshold_milli, message,
                              terminal_id, occurred_at)
    SELECT v_store, (a.p->>'alert_id')::uuid, (a.p->>'product_id')::uuid, (a.p->>'current_stock_milli')::bigint,
           (a.p->>'threshold_milli')::bigint, coalesce(a.p->>'message', ''), v_terminal, a.occurred_at
    FROM (SELECT s.occurred_at, batch->(s.ord - 1)->'payload' AS p
          FROM apply_staged s WHERE s.fresh AND s.type = 'stock.low') a
    ON CONFLICT DO NOTHING;

    INSERT INTO change_feed (store_id, entity, entity_id, origin_terminal, payload)
    SELECT v_store, 'sale', s.sale_id, v_terminal, batch->(s.ord - 1)->'payload'
    FROM apply_staged s WHERE s.fresh AND s.type = 'sale.completed' ORDER BY s.ord;

    -- Invoice records (version 5's rules): the last announcement of a sale's
    -- document in the batch wins, and only the terminal that made the sale
    -- may attach it.
    INSERT INTO sale_documents (store_id, sale_id, kind, file_name, bytes, sha256, terminal_id, event_id,
                                occurred_at)
    SELECT v_store, n.sale_id, n.p->>'document', n.p->>'file_name', (n.p->>'bytes')::bigint, n.p->>'sha256',
           v_terminal, n.id, n.occurred_at
    FROM (SELECT DISTINCT ON ((d.p->>'sale_id'), (d.p->>'document'))
                 d.p, (d.p->>'sale_id')::uuid AS sale_id, d.id, d.occurred_at
          FROM (SELECT s.ord, s.id, s.occurred_at, batch->(s.ord - 1)->'payload' AS p
                FROM apply_staged s WHERE s.fresh AND s.type = 'receipt.pdf_ready') d
          ORDER BY (d.p->>'sale_id'), (d.p->>'document'), d.ord DESC) n
    JOIN sales x ON x.store_id = v_store AND x.id = n.sale_id AND x.terminal_id = v_terminal
    ON CONFLICT (store_id, sale_id, kind) DO UPDATE
        SET file_name = excluded.file_name, bytes = excluded.bytes, sha256 = excluded.sha256,
            event_id = excluded.event_id, occurred_at = excluded.occurred_at
        WHERE sale_documents.terminal_id = excluded.terminal_id;

    -- The terminals' audit trails (version 4).
    INSERT INTO audit_log (store_id, id, terminal_id, at, user_id, user_name, action, subject, before,
                           after, event_id)
    SELECT v_store, (a.p->>'audit_id')::uuid, v_terminal, (a.p->>'at')::timestamptz, a.p->>'user_id',
           a.p->>'user_name', a.p->>'action', a.p->>'subject', a.p->'before', a.p->'after', a.id
    FROM (SELECT s.id, batch->(s.ord - 1)->'payload' AS p
          FROM apply_staged s WHERE s.fresh AND s.type = 'audit.recorded') a
    ON CONFLICT (store_id, id) DO NOTHING;

    IF EXISTS (SELECT 1 FROM apply_staged WHERE fresh) THEN
        UPDATE terminals SET last_seen_at = now() WHERE id = v_terminal;
        -- Delivered at commit; wakes the other terminals of the store at once.
        PERFORM pg_notify('bodega_feed_' || replace(v_store::text, '-', ''), '');
    END IF;

    RETURN QUERY
    SELECT batch->(s.ord - 1)->>'id', CASE WHEN s.problem IS NOT NULL THEN 'rejected' WHEN s.fresh THEN 'applied' ELSE 'duplicate' END,
           s.problem
    FROM apply_staged s ORDER BY s.ord;
END
$$;

-- One call, as before: check, then apply. Generic plans here too, as in
-- version 6 (3.): a custom plan would copy the batch as a constant.
CREATE OR REPLACE FUNCTION apply_events(batch jsonb)
RETURNS TABLE (event_id text, outcome text, problem text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = bodega, pg_temp
SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    me record := calling_terminal();
BEGIN
    PERFORM stage_checked(batch, me.currency);
    RETURN QUERY SELECT * FROM apply_staged_events(batch, me.terminal_id, me.code, me.store_id);
END
$$;

-- The first half: the batch is checked and kept in this transaction; nothing
-- is applied and no lock is taken. apply_checked() applies it.
CREATE FUNCTION check_events(batch jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = bodega, pg_temp
SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    me record := calling_terminal();
BEGIN
    PERFORM stage_checked(batch, me.currency);
    INSERT INTO pg_temp.apply_batch (batch) VALUES (batch);
END
$$;

-- The second half, in the transaction check_events ran in. Its staging
-- tables belong to the server's owner, so the terminal cannot have touched
-- what was checked.
CREATE FUNCTION apply_checked()
RETURNS TABLE (event_id text, outcome text, problem text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = bodega, pg_temp
SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    me record := calling_terminal();
    v_batch jsonb;
BEGIN
    IF to_regclass('pg_temp.apply_batch') IS NOT NULL
       AND (SELECT c.relowner FROM pg_class c WHERE c.oid = to_regclass('pg_temp.apply_batch'))
           = (SELECT r.oid FROM pg_roles r WHERE r.rolname = current_user) THEN
        DELETE FROM pg_temp.apply_batch RETURNING batch INTO v_batch;
    END IF;
    IF v_batch IS NULL THEN
        RAISE EXCEPTION 'apply_checked: no batch checked in this transaction (call check_events first)'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    -- A function's variable keeps the TOAST pointer of a value read from a
    -- table, and every batch->n below would fetch all of the batch again
    -- (60 ms a statement for 1,000 events). The root of the document is
    -- the whole batch, in memory.
    v_batch := jsonb_path_query_first(v_batch, '$');
    RETURN QUERY SELECT * FROM apply_staged_events(v_batch, me.terminal_id, me.code, me.store_id);
END
$$;

REVOKE ALL ON FUNCTION calling_terminal(), stage_checked(jsonb, text),
    apply_staged_events(jsonb, uuid, text, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION apply_events(jsonb), check_events(jsonb), apply_checked() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_events(jsonb), check_events(jsonb), apply_checked() TO bodega_terminal;
