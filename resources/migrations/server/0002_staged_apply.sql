-- Bodega central server, schema version 2: apply_events, set-based and cheap.
--
-- Version 1 built two temporary tables on every call (about 4.5 ms of catalog
-- work per batch, and backend memory that grew with every call), pulled each
-- field out of the JSON again in every statement, and checked the store and
-- terminal of every sale row by foreign-key trigger. Version 2 stages a batch
-- once, in typed columns, in tables that live as long as the connection.

-- apply_events knows the calling terminal and its store; a per-row trigger
-- asking the same question for each sale doubled the cost of that insert.
ALTER TABLE sales DROP CONSTRAINT sales_store_id_fkey, DROP CONSTRAINT sales_terminal_id_fkey;

-- The feed is read by store and position only: one index for both. A sale's
-- entry carries the payload as the terminal sent it; readers learn the
-- selling terminal's code from origin_terminal (feed_after below), so no
-- per-sale copy of the JSON is made here.
ALTER TABLE change_feed DROP CONSTRAINT change_feed_pkey, ADD PRIMARY KEY (store_id, seq);
DROP INDEX change_feed_store;

-- The codes of the caller's store's terminals (row-level security shows a
-- terminal only its own row of terminals; the code of the terminal that made
-- a sale belongs with the sale).
CREATE VIEW store_terminals AS
SELECT t.id, t.code FROM terminals t
WHERE t.store_id IN (SELECT m.store_id FROM terminals m WHERE m.db_role = current_user);
GRANT SELECT ON store_terminals TO bodega_terminal;

-- The staging tables below live in the session's temporary schema. A terminal
-- must not be able to put its own table (with its own trigger) there before
-- the SECURITY DEFINER function looks for it, so terminals get no TEMPORARY
-- privilege; stage_batch() also checks who owns what it finds.
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO %I', current_database(), current_user);
END
$$;

-- Makes (once per connection) or empties (a second batch in one transaction)
-- the staging tables. ON COMMIT DELETE ROWS leaves them empty for the next
-- transaction without any work here.
CREATE FUNCTION stage_batch() RETURNS void
LANGUAGE plpgsql SET search_path = bodega, pg_temp AS $$
DECLARE
    v_owner oid;
BEGIN
    SELECT c.relowner INTO v_owner FROM pg_class c
    WHERE c.oid = to_regclass('pg_temp.apply_staged');
    IF v_owner IS NULL THEN
        -- Narrow rows: the envelopes stay in the batch parameter and are
        -- read from it by position (ord) where a statement needs them.
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
        RETURN;
    END IF;
    IF v_owner <> (SELECT r.oid FROM pg_roles r WHERE r.rolname = current_user)
       OR (SELECT c.relowner FROM pg_class c WHERE c.oid = to_regclass('pg_temp.apply_lines'))
          IS DISTINCT FROM v_owner THEN
        RAISE EXCEPTION 'staging tables of this session were not made by apply_events'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM pg_temp.apply_staged;
    DELETE FROM pg_temp.apply_lines;
END
$$;

-- The batch in typed columns. Sales, nearly all of the traffic, are not run
-- through event_problem() one by one: they are converted to their types, and
-- `ok` says whether the converted sale passes a set of checks that imply
-- event_problem() has nothing to say (each check is as strict as the rule it
-- stands for, or stricter). Only a sale that fails them is checked exactly,
-- afterwards. A sale whose values do not even convert raises data_exception,
-- and the caller stages the batch again with p_checked = true: every event is
-- then checked exactly first and only the clean ones are converted.
CREATE FUNCTION stage_events(batch jsonb, p_checked boolean, p_currency text) RETURNS void
LANGUAGE plpgsql SET search_path = bodega, pg_temp AS $$
BEGIN
    WITH x AS (
        SELECT t.ord::integer AS ord, t.e, t.e->'payload' AS p, t.e->>'type' = 'sale.completed' AS sale,
               CASE WHEN p_checked OR t.e->>'type' IS DISTINCT FROM 'sale.completed'
                    THEN event_problem(t.e, t.e->'payload') END AS problem
        FROM jsonb_array_elements(batch) WITH ORDINALITY AS t(e, ord)),
    typed AS (
        SELECT x.*, CASE WHEN x.problem IS NULL THEN (x.e->>'id')::uuid END AS id,
               CASE WHEN x.problem IS NULL THEN (x.e->>'occurred_at')::timestamptz END AS occurred_at,
               CASE WHEN x.sale AND x.problem IS NULL THEN (x.p->>'sale_id')::uuid END AS sale_id,
               CASE WHEN x.sale AND x.problem IS NULL THEN (x.p->>'total')::bigint END AS total,
               CASE WHEN x.sale AND x.problem IS NULL THEN (x.p->>'completed_at')::timestamptz END AS completed_at
        FROM x),
    lines AS (
        INSERT INTO pg_temp.apply_lines (ord, sale_id, line_no, product_id, sku, qty_milli, unit_price, total,
                                         movement_id, ok)
        SELECT l.ord, l.sale_id, l.line_no, l.product_id, coalesce(l.j->>'sku', ''), l.qty_milli, l.unit_price,
               l.total, l.movement_id,
               l.j->>'product_id' = l.product_id::text AND l.j->>'movement_id' = l.movement_id::text
                 AND jsonb_typeof(l.j->'qty_milli') = 'number' AND l.qty_milli BETWEEN 1 AND 9999999999999999
                 AND jsonb_typeof(l.j->'line_no') = 'number' AND l.line_no BETWEEN 1 AND 999999
                 AND jsonb_typeof(l.j->'unit_price') = 'number' AND l.unit_price BETWEEN 0 AND 9999999999999
                 AND jsonb_typeof(l.j->'total') = 'number' AND l.total BETWEEN 0 AND 999999999999999
        FROM (SELECT y.ord, y.sale_id, j, (j->>'line_no')::integer AS line_no,
                     (j->>'product_id')::uuid AS product_id, (j->>'qty_milli')::bigint AS qty_milli,
                     (j->>'unit_price')::bigint AS unit_price, (j->>'total')::bigint AS total,
                     (j->>'movement_id')::uuid AS movement_id
              FROM typed y, jsonb_array_elements(y.p->'lines') AS j
              WHERE y.sale AND y.problem IS NULL) l
        RETURNING ord, ok)
    INSERT INTO pg_temp.apply_staged (ord, id, type, problem, occurred_at, sale_id, receipt_no, currency, total,
                                      completed_at, ok)
    SELECT y.ord, y.id, y.e->>'type', y.problem, y.occurred_at, y.sale_id,
           CASE WHEN y.sale THEN y.p->>'receipt_no' END, y.p->>'currency', y.total, y.completed_at,
           -- A sale is fine when it and each of its lines pass, and it has lines.
           y.sale AND y.problem IS NULL
             AND y.e->>'schema_version' = '1'
             AND y.e->>'id' = y.id::text AND substr(y.e->>'id', 15, 1) = '7'
             AND substr(y.e->>'id', 20, 1) IN ('8', '9', 'a', 'b')
             AND y.e->>'occurred_at' ~ '^\d{4}-\d\d-\d\dT'
             AND y.p->>'sale_id' = y.sale_id::text
             AND y.p->>'receipt_no' ~ '^[A-Za-z0-9]{1,16}-[0-9]{6,}$'
             AND y.p->>'currency' = p_currency AND p_currency ~ '^[A-Z]{3}$'
             AND jsonb_typeof(y.p->'total') = 'number' AND y.total BETWEEN 0 AND 999999999999999
             AND coalesce(k.ok, false)
    FROM typed y
    LEFT JOIN (SELECT l.ord, bool_and(l.ok) AS ok FROM lines l GROUP BY l.ord) k ON k.ord = y.ord;

    -- Any other sale gets the exact verdict (usually a reason, at worst none).
    UPDATE pg_temp.apply_staged s SET problem = event_problem(batch->(s.ord - 1), batch->(s.ord - 1)->'payload')
    WHERE s.type = 'sale.completed' AND s.problem IS NULL AND s.ok IS NOT TRUE;
END
$$;

-- Applies a batch of event envelopes (a JSON array, in outbox order) for the
-- calling terminal, set-based, in the caller's transaction. Returns one row
-- per event: 'applied', 'duplicate' (applied before: nothing changes) or
-- 'rejected' with the reason (the terminal quarantines it). Only a rejected
-- event is refused; the events around it are applied. Same contract as
-- version 1.
CREATE OR REPLACE FUNCTION apply_events(batch jsonb)
RETURNS TABLE (event_id text, outcome text, problem text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = bodega, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_terminal uuid;
    v_code text;
    v_store uuid;
    v_currency text;
    rec record;
BEGIN
    SELECT t.id, t.code, t.store_id, s.currency INTO v_terminal, v_code, v_store, v_currency
    FROM terminals t JOIN stores s ON s.id = t.store_id WHERE t.db_role = session_user;
    IF v_terminal IS NULL THEN
        RAISE EXCEPTION 'role % is not a registered terminal', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'apply_events expects a JSON array' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Feed order within a store = commit order (see change_feed).
    PERFORM pg_advisory_xact_lock(hashtextextended(v_store::text, 0));

    PERFORM stage_batch();
    BEGIN
        PERFORM stage_events(batch, false, v_currency);
    EXCEPTION WHEN data_exception THEN
        -- A value that does not convert: check every event exactly, convert
        -- the clean ones. Should one still fail, the call fails and the
        -- terminal halves the batch until the culprit stands alone.
        PERFORM stage_events(batch, true, v_currency);
    END;

    UPDATE apply_staged SET problem = 'payload.currency: this store sells in ' || v_currency
    WHERE problem IS NULL AND type IN ('product.upserted', 'sale.completed') AND currency <> v_currency;
    -- The same id twice in one batch: the first one counts.
    UPDATE apply_staged s SET problem = 'id: repeated in the batch'
    FROM (SELECT ord, row_number() OVER (PARTITION BY id ORDER BY ord) AS nth FROM apply_staged) d
    WHERE d.ord = s.ord AND d.nth > 1 AND s.problem IS NULL;

    WITH inserted AS (
        INSERT INTO applied_events (event_id, store_id, terminal_id, type, occurred_at)
        SELECT s.id, v_store, v_terminal, s.type, s.occurred_at
        FROM apply_staged s WHERE s.problem IS NULL
        ON CONFLICT ON CONSTRAINT applied_events_pkey DO NOTHING
        RETURNING applied_events.event_id)
    -- (A repeat of the id later in the batch has its problem already and stays
    -- out: version 1 matched it here too, and then deleted the first one's
    -- idempotency record along with the repeat's.)
    UPDATE apply_staged s SET fresh = true FROM inserted i WHERE s.id = i.event_id AND s.problem IS NULL;

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
    UPDATE apply_staged s SET problem = 'payload.lines: unknown product'
    FROM (SELECT DISTINCT l.ord FROM apply_lines l
          WHERE NOT EXISTS (SELECT 1 FROM products r WHERE r.store_id = v_store AND r.id = l.product_id)) bad
    WHERE s.fresh AND s.ord = bad.ord;
    UPDATE apply_staged s SET problem = 'payload.receipt_no: already used by another sale'
    WHERE s.fresh AND s.problem IS NULL AND s.type = 'sale.completed'
      AND EXISTS (SELECT 1 FROM sales x WHERE x.store_id = v_store AND x.receipt_no = s.receipt_no
                                          AND x.id <> s.sale_id);
    DELETE FROM applied_events a USING apply_staged s
    WHERE s.fresh AND s.problem IS NOT NULL AND a.event_id = s.id;
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

-- Version 1 made its own temporary tables on every call.
REVOKE ALL ON FUNCTION stage_batch(), stage_events(jsonb, boolean, text) FROM PUBLIC;
