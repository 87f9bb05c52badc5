-- Bodega central server, schema version 1 (PostgreSQL 15).
--
-- Applied by `bodegactl server migrate` as the owner role, in one transaction,
-- with search_path = bodega. Terminals never connect as the owner: each has a
-- login role made by bodega.register_terminal(), member of bodega_terminal,
-- which may only call bodega.apply_events() and read the feed and the tables
-- below through row-level security that shows its own store's rows.
--
-- Every key starts with store_id, so a larger chain can distribute by store
-- (SPEC: scale-out path) without a redesign.

DO $$
BEGIN
    CREATE ROLE bodega_terminal NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- roles are per cluster: another Bodega database made it already
END
$$;

CREATE TABLE stores (
    id         uuid PRIMARY KEY,
    name       text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    currency   char(3) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE terminals (
    id            uuid PRIMARY KEY,
    store_id      uuid NOT NULL REFERENCES stores (id),
    code          text NOT NULL CHECK (code ~ '^[A-Za-z0-9]{1,16}$'),
    db_role       name NOT NULL UNIQUE,
    registered_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz,
    UNIQUE (store_id, code)
);

CREATE TABLE products (
    store_id              uuid NOT NULL REFERENCES stores (id),
    id                    uuid NOT NULL,
    sku                   text NOT NULL,
    barcode               text NOT NULL DEFAULT '',
    name                  text NOT NULL,
    keywords              jsonb NOT NULL DEFAULT '[]',
    description           text NOT NULL DEFAULT '',
    description_generated boolean NOT NULL DEFAULT false,
    category              text NOT NULL DEFAULT '',
    category_generated    boolean NOT NULL DEFAULT false,
    unit                  text NOT NULL DEFAULT 'unit',
    price                 bigint NOT NULL,
    cost                  bigint NOT NULL DEFAULT 0,
    currency              char(3) NOT NULL,
    tax_rate_bp           integer NOT NULL DEFAULT 1900,
    threshold_milli       bigint NOT NULL DEFAULT 10000,
    supplier              text NOT NULL DEFAULT '',
    active                boolean NOT NULL DEFAULT true,
    field_hlc             jsonb NOT NULL DEFAULT '{}',
    updated_at            timestamptz NOT NULL,
    PRIMARY KEY (store_id, id)
);
CREATE INDEX products_sku ON products (store_id, sku);

CREATE TABLE stock_movements (
    store_id    uuid NOT NULL,
    id          uuid NOT NULL,
    product_id  uuid NOT NULL,
    kind        text NOT NULL,
    delta_milli bigint NOT NULL,
    reason      text NOT NULL DEFAULT '',
    reference   text NOT NULL DEFAULT '',
    terminal_id uuid NOT NULL,
    event_id    uuid NOT NULL,
    occurred_at timestamptz NOT NULL,
    PRIMARY KEY (store_id, id)
    -- No foreign key here or on sale_lines: apply_events checks every
    -- reference for the whole batch at once, and a per-row FK trigger would
    -- double the cost of the busiest inserts.
);

-- The authoritative level per product: the sum of its ledger, kept in step by
-- apply_events in the same transaction as the movements.
CREATE TABLE stock_levels (
    store_id   uuid NOT NULL,
    product_id uuid NOT NULL,
    qty_milli  bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, product_id),
    FOREIGN KEY (store_id, product_id) REFERENCES products (store_id, id)
);

CREATE TABLE sales (
    store_id     uuid NOT NULL REFERENCES stores (id),
    id           uuid NOT NULL,
    receipt_no   text NOT NULL,
    terminal_id  uuid NOT NULL REFERENCES terminals (id),
    currency     char(3) NOT NULL,
    total        bigint NOT NULL,
    completed_at timestamptz NOT NULL,
    event_id     uuid NOT NULL,
    PRIMARY KEY (store_id, id),
    UNIQUE (store_id, receipt_no)
);

CREATE TABLE sale_lines (
    store_id    uuid NOT NULL,
    sale_id     uuid NOT NULL,
    line_no     integer NOT NULL,
    product_id  uuid NOT NULL,
    sku         text NOT NULL,
    qty_milli   bigint NOT NULL,
    unit_price  bigint NOT NULL,
    total       bigint NOT NULL,
    movement_id uuid NOT NULL,
    PRIMARY KEY (store_id, sale_id, line_no)
);

-- Payments arrive with the point-of-sale work (tenders); the table is here so
-- that the apply function and the role grants have one shape from the start.
CREATE TABLE sale_payments (
    store_id   uuid NOT NULL,
    sale_id    uuid NOT NULL,
    payment_no integer NOT NULL,
    tender     text NOT NULL,
    amount     bigint NOT NULL,
    reference  text NOT NULL DEFAULT '',
    PRIMARY KEY (store_id, sale_id, payment_no),
    FOREIGN KEY (store_id, sale_id) REFERENCES sales (store_id, id)
);

CREATE TABLE stock_alerts (
    store_id            uuid NOT NULL,
    id                  uuid NOT NULL,
    product_id          uuid NOT NULL,
    current_stock_milli bigint NOT NULL,
    threshold_milli     bigint NOT NULL,
    message             text NOT NULL,
    terminal_id         uuid NOT NULL,
    occurred_at         timestamptz NOT NULL,
    PRIMARY KEY (store_id, id)
);

-- The idempotency record: one row per event ever applied. An event id seen
-- here is never applied again, so a retry after a lost acknowledgement changes
-- nothing. Rows are kept forever: a terminal may come back after any outage.
CREATE TABLE applied_events (
    event_id    uuid PRIMARY KEY,
    store_id    uuid NOT NULL,
    terminal_id uuid NOT NULL,
    type        text NOT NULL,
    occurred_at timestamptz NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
);

-- What terminals download: every change, in one increasing sequence. Writers
-- of one store serialize on an advisory lock before they take sequence
-- numbers, so within a store seq commits in order and a reader's cursor
-- never skips a row that commits late.
CREATE TABLE change_feed (
    seq             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    store_id        uuid NOT NULL,
    entity          text NOT NULL CHECK (entity IN ('product', 'stock', 'sale')),
    entity_id       uuid NOT NULL,
    origin_terminal uuid NOT NULL,
    payload         jsonb NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_feed_store ON change_feed (store_id, seq);

-- Row-level security: a terminal sees its own terminal row, and its store's
-- rows everywhere else. The owner is exempt (it owns the tables).
ALTER TABLE terminals ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_terminal ON terminals FOR SELECT TO bodega_terminal USING (db_role = current_user);

ALTER TABLE stores ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_store ON stores FOR SELECT TO bodega_terminal
    USING (id IN (SELECT store_id FROM terminals WHERE db_role = current_user));

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['products', 'stock_movements', 'stock_levels', 'sales', 'sale_lines',
                             'sale_payments', 'stock_alerts', 'applied_events', 'change_feed'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY own_store ON %I FOR SELECT TO bodega_terminal '
                       'USING (store_id IN (SELECT store_id FROM terminals WHERE db_role = current_user))', t);
    END LOOP;
END
$$;

-- Why an event is refused for good, or NULL when its shape is acceptable.
-- Checks what the JSON Schemas promise, so a malformed event is quarantined
-- on its terminal instead of failing the batch around it. p is e->'payload',
-- extracted once by the caller (each -> copies the value).
CREATE FUNCTION event_problem(e jsonb, p jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN jsonb_typeof(e) IS DISTINCT FROM 'object' THEN 'event: not a JSON object'
        WHEN coalesce(e->>'id', '') !~ '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
            THEN 'id: not a UUIDv7'
        WHEN jsonb_typeof(p) IS DISTINCT FROM 'object' THEN 'payload: not an object'
        WHEN coalesce(e->>'occurred_at', '') !~ '^\d{4}-\d\d-\d\dT' THEN 'occurred_at: not a date-time'
        WHEN e->>'type' = 'product.upserted' THEN
            CASE
                WHEN (e->>'schema_version') NOT IN ('1', '2') THEN 'schema_version: unsupported'
                WHEN coalesce(p->>'id', '') !~ '^[0-9a-f-]{36}$' THEN 'payload.id: not a UUID'
                WHEN coalesce(p->>'sku', '') = '' THEN 'payload.sku: empty'
                WHEN coalesce(p->>'name', '') = '' THEN 'payload.name: empty'
                WHEN jsonb_typeof(p->'price') IS DISTINCT FROM 'number'
                     OR (p->>'price') !~ '^\d{1,13}$' THEN 'payload.price: not a whole non-negative amount'
                WHEN jsonb_typeof(p->'cost') IS DISTINCT FROM 'number'
                     OR (p->>'cost') !~ '^\d{1,13}$' THEN 'payload.cost: not a whole non-negative amount'
                WHEN coalesce(p->>'currency', '') !~ '^[A-Z]{3}$' THEN 'payload.currency: not an ISO code'
                WHEN jsonb_typeof(p->'keywords') IS DISTINCT FROM 'array' THEN 'payload.keywords: not an array'
                WHEN coalesce(p->>'unit', '') NOT IN ('unit', 'kg', 'l') THEN 'payload.unit: unknown'
                WHEN (p->>'tax_rate_bp') !~ '^\d{1,5}$' THEN 'payload.tax_rate_bp: invalid'
                WHEN (p->>'threshold_milli') !~ '^\d{1,15}$' THEN 'payload.threshold_milli: invalid'
                WHEN jsonb_typeof(p->'active') IS DISTINCT FROM 'boolean' THEN 'payload.active: not a boolean'
                WHEN coalesce(p->>'updated_at', '') !~ '^\d{4}-\d\d-\d\dT' THEN 'payload.updated_at: not a date-time'
                WHEN e->>'schema_version' = '2' AND jsonb_typeof(p->'field_hlc') IS DISTINCT FROM 'object'
                    THEN 'payload.field_hlc: missing'
            END
        WHEN e->>'type' = 'stock.adjusted' THEN
            CASE
                WHEN (e->>'schema_version') IS DISTINCT FROM '1' THEN 'schema_version: unsupported'
                WHEN coalesce(p->>'movement_id', '') !~ '^[0-9a-f-]{36}$' THEN 'payload.movement_id: not a UUID'
                WHEN coalesce(p->>'product_id', '') !~ '^[0-9a-f-]{36}$' THEN 'payload.product_id: not a UUID'
                WHEN coalesce(p->>'kind', '') NOT IN ('return', 'receipt', 'adjustment', 'count', 'initial')
                    THEN 'payload.kind: unknown'
                WHEN jsonb_typeof(p->'delta_milli') IS DISTINCT FROM 'number'
                     OR (p->>'delta_milli') !~ '^-?[1-9]\d{0,15}$' THEN 'payload.delta_milli: not a non-zero whole number'
            END
        WHEN e->>'type' = 'sale.completed' THEN
            CASE
                WHEN (e->>'schema_version') IS DISTINCT FROM '1' THEN 'schema_version: unsupported'
                WHEN coalesce(p->>'sale_id', '') !~ '^[0-9a-f-]{36}$' THEN 'payload.sale_id: not a UUID'
                WHEN coalesce(p->>'receipt_no', '') !~ '^[A-Za-z0-9]{1,16}-[0-9]{6,}$' THEN 'payload.receipt_no: invalid'
                WHEN coalesce(p->>'currency', '') !~ '^[A-Z]{3}$' THEN 'payload.currency: not an ISO code'
                WHEN (p->>'total') !~ '^\d{1,15}$' THEN 'payload.total: invalid'
                WHEN jsonb_typeof(p->'lines') IS DISTINCT FROM 'array'
                     OR jsonb_array_length(p->'lines') = 0 THEN 'payload.lines: empty'
                WHEN EXISTS (SELECT 1 FROM jsonb_array_elements(p->'lines') l
                             WHERE jsonb_typeof(l) IS DISTINCT FROM 'object'
                                OR coalesce(l->>'product_id', '') !~ '^[0-9a-f-]{36}$'
                                OR coalesce(l->>'movement_id', '') !~ '^[0-9a-f-]{36}$'
                                OR jsonb_typeof(l->'qty_milli') IS DISTINCT FROM 'number'
                                OR (l->>'qty_milli') !~ '^[1-9]\d{0,15}$'
                                OR (l->>'line_no') !~ '^[1-9]\d{0,5}$'
                                OR (l->>'unit_price') !~ '^\d{1,13}$'
                                OR (l->>'total') !~ '^\d{1,15}$')
                    THEN 'payload.lines: a line is malformed'
            END
        WHEN e->>'type' = 'stock.low' THEN
            CASE
                WHEN (e->>'schema_version') IS DISTINCT FROM '1' THEN 'schema_version: unsupported'
                WHEN coalesce(p->>'alert_id', '') !~ '^[0-9a-f-]{36}$' THEN 'payload.alert_id: not a UUID'
                WHEN coalesce(p->>'product_id', '') !~ '^[0-9a-f-]{36}$' THEN 'payload.product_id: not a UUID'
                WHEN (p->>'current_stock_milli') !~ '^-?\d{1,15}$' THEN 'payload.current_stock_milli: invalid'
                WHEN (p->>'threshold_milli') !~ '^\d{1,15}$' THEN 'payload.threshold_milli: invalid'
            END
        ELSE 'type: unknown event type'
    END
$$;

-- The product's editable fields, last writer wins per field by the HLC stamp
-- of each field's last change (the same rule as ProductMerge on terminals).
-- Version 1 events carry no stamps: their fields count as changed at
-- updated_at, as a stamp with counter 0 from the sending terminal.
CREATE FUNCTION merge_product(p_store uuid, p jsonb, p_version int, p_terminal_code text) RETURNS boolean
LANGUAGE plpgsql SET search_path = bodega, pg_temp AS $$
DECLARE
    fields constant text[] := ARRAY['sku', 'barcode', 'name', 'keywords', 'description', 'category', 'unit',
                                    'price', 'cost', 'tax_rate_bp', 'threshold_milli', 'supplier', 'active'];
    incoming jsonb;
    v_current jsonb;
    cur_hlc jsonb;
    merged jsonb;
    merged_hlc jsonb;
    f text;
    stamp text;
    changed boolean := false;
BEGIN
    IF p_version >= 2 THEN
        incoming := p->'field_hlc';
    ELSE
        stamp := lpad((extract(epoch FROM (p->>'updated_at')::timestamptz) * 1000)::bigint::text, 13, '0')
                 || '.000000.' || p_terminal_code;
        SELECT jsonb_object_agg(x, stamp) INTO incoming FROM unnest(fields) x;
    END IF;

    SELECT to_jsonb(r) - 'store_id' - 'field_hlc', r.field_hlc INTO v_current, cur_hlc
    FROM products r WHERE r.store_id = p_store AND r.id = (p->>'id')::uuid FOR UPDATE;

    IF v_current IS NULL THEN
        INSERT INTO products (store_id, id, sku, barcode, name, keywords, description, description_generated,
                              category, category_generated, unit, price, cost, currency, tax_rate_bp,
                              threshold_milli, supplier, active, field_hlc, updated_at)
        VALUES (p_store, (p->>'id')::uuid, p->>'sku', coalesce(p->>'barcode', ''), p->>'name', p->'keywords',
                coalesce(p->>'description', ''), coalesce((p->>'description_generated')::boolean, false),
                coalesce(p->>'category', ''), coalesce((p->>'category_generated')::boolean, false),
                p->>'unit', (p->>'price')::bigint, (p->>'cost')::bigint, p->>'currency',
                (p->>'tax_rate_bp')::int, (p->>'threshold_milli')::bigint, coalesce(p->>'supplier', ''),
                (p->>'active')::boolean, incoming, (p->>'updated_at')::timestamptz);
        INSERT INTO stock_levels (store_id, product_id, qty_milli) VALUES (p_store, (p->>'id')::uuid, 0);
        RETURN true;
    END IF;

    merged := v_current;
    merged_hlc := cur_hlc;
    FOREACH f IN ARRAY fields LOOP
        IF coalesce(incoming->>f, '') > coalesce(cur_hlc->>f, '') THEN
            merged := merged || jsonb_build_object(f, p->f);
            IF f = 'description' THEN
                merged := merged || jsonb_build_object('description_generated', p->'description_generated');
            ELSIF f = 'category' THEN
                merged := merged || jsonb_build_object('category_generated', p->'category_generated');
            END IF;
            merged_hlc := merged_hlc || jsonb_build_object(f, incoming->>f);
            changed := true;
        END IF;
    END LOOP;
    IF NOT changed THEN
        RETURN false;
    END IF;
    UPDATE products SET
        sku = merged->>'sku', barcode = coalesce(merged->>'barcode', ''), name = merged->>'name',
        keywords = merged->'keywords', description = merged->>'description',
        description_generated = (merged->>'description_generated')::boolean,
        category = merged->>'category', category_generated = (merged->>'category_generated')::boolean,
        unit = merged->>'unit', price = (merged->>'price')::bigint, cost = (merged->>'cost')::bigint,
        tax_rate_bp = (merged->>'tax_rate_bp')::int, threshold_milli = (merged->>'threshold_milli')::bigint,
        supplier = merged->>'supplier', active = (merged->>'active')::boolean, field_hlc = merged_hlc,
        updated_at = greatest(updated_at, (p->>'updated_at')::timestamptz)
    WHERE store_id = p_store AND id = (p->>'id')::uuid;
    RETURN true;
END
$$;

-- Applies a batch of event envelopes (a JSON array, in outbox order) for the
-- calling terminal, set-based, in the caller's transaction. Returns one row
-- per event: 'applied', 'duplicate' (applied before: nothing changes) or
-- 'rejected' with the reason (the terminal quarantines it). Only a rejected
-- event is refused; the events around it are applied.
CREATE FUNCTION apply_events(batch jsonb)
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

    DROP TABLE IF EXISTS pg_temp.staged;
    DROP TABLE IF EXISTS pg_temp.moves;
    CREATE TEMP TABLE staged ON COMMIT DROP AS
    SELECT x.ord, x.e, x.e->>'id' AS id, x.e->>'type' AS type, x.p,
           event_problem(x.e, x.p) AS problem, false AS fresh
    FROM (SELECT t.e, t.e->'payload' AS p, t.ord
          FROM jsonb_array_elements(batch) WITH ORDINALITY AS t(e, ord)) x;

    UPDATE staged SET problem = 'payload.currency: this store sells in ' || v_currency
    WHERE problem IS NULL AND type IN ('product.upserted', 'sale.completed') AND p->>'currency' <> v_currency;
    -- The same id twice in one batch: the first one counts.
    UPDATE staged s SET problem = 'id: repeated in the batch'
    FROM (SELECT ord, row_number() OVER (PARTITION BY id ORDER BY ord) AS nth FROM staged) d
    WHERE d.ord = s.ord AND d.nth > 1 AND s.problem IS NULL;

    WITH inserted AS (
        INSERT INTO applied_events (event_id, store_id, terminal_id, type, occurred_at)
        SELECT s.id::uuid, v_store, v_terminal, s.type, (s.e->>'occurred_at')::timestamptz
        FROM staged s WHERE s.problem IS NULL
        ON CONFLICT ON CONSTRAINT applied_events_pkey DO NOTHING
        RETURNING applied_events.event_id)
    UPDATE staged s SET fresh = true FROM inserted i WHERE s.id::uuid = i.event_id;

    -- Products first, in batch order: sales and movements below may refer to them.
    FOR rec IN SELECT s.p, (s.e->>'schema_version')::int AS version FROM staged s
               WHERE s.fresh AND s.type = 'product.upserted' ORDER BY s.ord LOOP
        IF merge_product(v_store, rec.p, rec.version, v_code) THEN
            INSERT INTO change_feed (store_id, entity, entity_id, origin_terminal, payload)
            SELECT v_store, 'product', r.id, v_terminal, to_jsonb(r) - 'store_id'
            FROM products r WHERE r.store_id = v_store AND r.id = (rec.p->>'id')::uuid;
        END IF;
    END LOOP;

    -- References that do not hold are refused for good, and their idempotency
    -- record goes with them.
    UPDATE staged s SET problem = 'payload.product_id: unknown product ' || (s.p->>'product_id')
    WHERE s.fresh AND s.type IN ('stock.adjusted', 'stock.low')
      AND NOT EXISTS (SELECT 1 FROM products r WHERE r.store_id = v_store AND r.id = (s.p->>'product_id')::uuid);
    UPDATE staged s SET problem = 'payload.lines: unknown product'
    WHERE s.fresh AND s.type = 'sale.completed'
      AND EXISTS (SELECT 1 FROM jsonb_array_elements(s.p->'lines') l
                  WHERE NOT EXISTS (SELECT 1 FROM products r
                                    WHERE r.store_id = v_store AND r.id = (l->>'product_id')::uuid));
    UPDATE staged s SET problem = 'payload.receipt_no: already used by another sale'
    WHERE s.fresh AND s.problem IS NULL AND s.type = 'sale.completed'
      AND EXISTS (SELECT 1 FROM sales x WHERE x.store_id = v_store AND x.receipt_no = s.p->>'receipt_no'
                                          AND x.id <> (s.p->>'sale_id')::uuid);
    DELETE FROM applied_events a USING staged s
    WHERE s.fresh AND s.problem IS NOT NULL AND a.event_id = s.id::uuid;
    UPDATE staged SET fresh = false WHERE problem IS NOT NULL;

    -- Sales, their lines and their movements, set-based.
    INSERT INTO sales (store_id, id, receipt_no, terminal_id, currency, total, completed_at, event_id)
    SELECT v_store, (s.p->>'sale_id')::uuid, s.p->>'receipt_no', v_terminal, s.p->>'currency',
           (s.p->>'total')::bigint, (s.p->>'completed_at')::timestamptz, s.id::uuid
    FROM staged s WHERE s.fresh AND s.type = 'sale.completed';
    INSERT INTO sale_lines (store_id, sale_id, line_no, product_id, sku, qty_milli, unit_price, total, movement_id)
    SELECT v_store, (s.p->>'sale_id')::uuid, (l->>'line_no')::int, (l->>'product_id')::uuid,
           coalesce(l->>'sku', ''), (l->>'qty_milli')::bigint, (l->>'unit_price')::bigint,
           (l->>'total')::bigint, (l->>'movement_id')::uuid
    FROM staged s, jsonb_array_elements(s.p->'lines') l WHERE s.fresh AND s.type = 'sale.completed';

    CREATE TEMP TABLE moves ON COMMIT DROP AS
    SELECT (s.p->>'movement_id')::uuid AS id, (s.p->>'product_id')::uuid AS product_id, s.p->>'kind' AS kind,
           (s.p->>'delta_milli')::bigint AS delta_milli, coalesce(s.p->>'reason', '') AS reason,
           coalesce(s.p->>'reference', '') AS reference, s.id::uuid AS event_id,
           (s.e->>'occurred_at')::timestamptz AS occurred_at
    FROM staged s WHERE s.fresh AND s.type = 'stock.adjusted'
    UNION ALL
    SELECT (l->>'movement_id')::uuid, (l->>'product_id')::uuid, 'sale', -(l->>'qty_milli')::bigint, '',
           s.p->>'receipt_no', s.id::uuid, (s.e->>'occurred_at')::timestamptz
    FROM staged s, jsonb_array_elements(s.p->'lines') l WHERE s.fresh AND s.type = 'sale.completed';

    INSERT INTO stock_movements (store_id, id, product_id, kind, delta_milli, reason, reference, terminal_id,
                                 event_id, occurred_at)
    SELECT v_store, m.id, m.product_id, m.kind, m.delta_milli, m.reason, m.reference, v_terminal, m.event_id,
           m.occurred_at
    FROM moves m;
    UPDATE stock_levels l SET qty_milli = l.qty_milli + d.delta
    FROM (SELECT product_id, sum(delta_milli) AS delta FROM moves GROUP BY product_id) d
    WHERE l.store_id = v_store AND l.product_id = d.product_id;

    INSERT INTO stock_alerts (store_id, id, product_id, current_stock_milli, threshold_milli, message,
                              terminal_id, occurred_at)
    SELECT v_store, (s.p->>'alert_id')::uuid, (s.p->>'product_id')::uuid, (s.p->>'current_stock_milli')::bigint,
           (s.p->>'threshold_milli')::bigint, coalesce(s.p->>'message', ''), v_terminal,
           (s.e->>'occurred_at')::timestamptz
    FROM staged s WHERE s.fresh AND s.type = 'stock.low'
    ON CONFLICT DO NOTHING;

    -- The feed: each touched level once, then each sale.
    INSERT INTO change_feed (store_id, entity, entity_id, origin_terminal, payload)
    SELECT v_store, 'stock', l.product_id, v_terminal,
           jsonb_build_object('product_id', l.product_id, 'qty_milli', l.qty_milli)
    FROM stock_levels l
    WHERE l.store_id = v_store AND l.product_id IN (SELECT DISTINCT m.product_id FROM moves m);
    INSERT INTO change_feed (store_id, entity, entity_id, origin_terminal, payload)
    SELECT v_store, 'sale', (s.p->>'sale_id')::uuid, v_terminal, s.p || jsonb_build_object('terminal', v_code)
    FROM staged s WHERE s.fresh AND s.type = 'sale.completed' ORDER BY s.ord;

    IF EXISTS (SELECT 1 FROM staged WHERE fresh) THEN
        UPDATE terminals SET last_seen_at = now() WHERE id = v_terminal;
        -- Delivered at commit; wakes the other terminals of the store at once.
        PERFORM pg_notify('bodega_feed_' || replace(v_store::text, '-', ''), '');
    END IF;

    RETURN QUERY
    SELECT s.id, CASE WHEN s.problem IS NOT NULL THEN 'rejected' WHEN s.fresh THEN 'applied' ELSE 'duplicate' END,
           s.problem
    FROM staged s ORDER BY s.ord;
END
$$;

-- Registration, called by the owner only: the store (made on first use), the
-- terminal row and its own login role. Registering a code again (a reinstall)
-- keeps the terminal's id and rotates its password.
CREATE FUNCTION register_terminal(p_store_name text, p_currency text, p_code text, p_password text)
RETURNS TABLE (terminal_id uuid, store_id uuid, db_role name)
LANGUAGE plpgsql SET search_path = bodega, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_store uuid;
    v_terminal uuid;
    v_role name;
BEGIN
    INSERT INTO stores (id, name, currency) VALUES (gen_random_uuid(), p_store_name, p_currency)
    ON CONFLICT (name) DO NOTHING;
    SELECT s.id INTO v_store FROM stores s WHERE s.name = p_store_name;
    SELECT t.id, t.db_role INTO v_terminal, v_role FROM terminals t WHERE t.store_id = v_store AND t.code = p_code;
    IF v_terminal IS NULL THEN
        v_terminal := gen_random_uuid();
        v_role := 'bodega_t_' || replace(v_terminal::text, '-', '');
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION '
                       'INHERIT IN ROLE bodega_terminal PASSWORD %L', v_role, p_password);
        INSERT INTO terminals (id, store_id, code, db_role) VALUES (v_terminal, v_store, p_code, v_role);
    ELSE
        EXECUTE format('ALTER ROLE %I PASSWORD %L', v_role, p_password);
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), v_role);
    RETURN QUERY SELECT v_terminal, v_store, v_role;
END
$$;

-- Least privilege: nothing for PUBLIC, and for terminals only what they need.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA bodega FROM PUBLIC;
REVOKE ALL ON SCHEMA bodega FROM PUBLIC;
GRANT USAGE ON SCHEMA bodega TO bodega_terminal;
GRANT EXECUTE ON FUNCTION apply_events(jsonb) TO bodega_terminal;
GRANT SELECT ON stores, terminals, products, stock_levels, sales, sale_lines, sale_payments, stock_alerts,
                change_feed TO bodega_terminal;
