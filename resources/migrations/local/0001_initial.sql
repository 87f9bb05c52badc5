-- Bodega local store, schema version 1.
-- Statements are separated by lines holding only "-- ;;" so that triggers with
-- inner semicolons survive the split.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
-- ;;
CREATE TABLE products (
    id                    TEXT PRIMARY KEY,
    sku                   TEXT NOT NULL UNIQUE,
    barcode               TEXT UNIQUE,
    name                  TEXT NOT NULL,
    keywords              TEXT NOT NULL DEFAULT '',
    description           TEXT NOT NULL DEFAULT '',
    category              TEXT NOT NULL DEFAULT '',
    unit                  TEXT NOT NULL DEFAULT 'unit' CHECK (unit IN ('unit', 'kg', 'l')),
    price_minor           INTEGER NOT NULL CHECK (price_minor >= 0),
    cost_minor            INTEGER NOT NULL DEFAULT 0 CHECK (cost_minor >= 0),
    currency              TEXT NOT NULL,
    tax_rate_bp           INTEGER NOT NULL DEFAULT 1900,
    threshold_milli       INTEGER NOT NULL DEFAULT 10000,
    supplier              TEXT NOT NULL DEFAULT '',
    active                INTEGER NOT NULL DEFAULT 1,
    description_generated INTEGER NOT NULL DEFAULT 0,
    category_generated    INTEGER NOT NULL DEFAULT 0,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
-- ;;
CREATE INDEX products_category ON products (category, name);
-- ;;
CREATE INDEX products_name ON products (name COLLATE NOCASE);
-- ;;
CREATE INDEX products_price ON products (price_minor);
-- ;;
-- Full-text search over the catalog. External content keeps one copy of the
-- text; the triggers below keep the index in step inside the same transaction.
CREATE VIRTUAL TABLE products_fts USING fts5 (
    name, keywords, sku, barcode, category,
    content = 'products', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- ;;
CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
    INSERT INTO products_fts (rowid, name, keywords, sku, barcode, category)
    VALUES (new.rowid, new.name, new.keywords, new.sku, coalesce(new.barcode, ''), new.category);
END;
-- ;;
CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
    INSERT INTO products_fts (products_fts, rowid, name, keywords, sku, barcode, category)
    VALUES ('delete', old.rowid, old.name, old.keywords, old.sku, coalesce(old.barcode, ''), old.category);
END;
-- ;;
CREATE TRIGGER products_fts_update AFTER UPDATE OF name, keywords, sku, barcode, category ON products BEGIN
    INSERT INTO products_fts (products_fts, rowid, name, keywords, sku, barcode, category)
    VALUES ('delete', old.rowid, old.name, old.keywords, old.sku, coalesce(old.barcode, ''), old.category);
    INSERT INTO products_fts (rowid, name, keywords, sku, barcode, category)
    VALUES (new.rowid, new.name, new.keywords, new.sku, coalesce(new.barcode, ''), new.category);
END;
-- ;;
-- The stock ledger is append-only: a level is the sum of its movements.
CREATE TABLE stock_movements (
    id          TEXT PRIMARY KEY,
    product_id  TEXT NOT NULL REFERENCES products (id),
    kind        TEXT NOT NULL CHECK (kind IN ('sale', 'return', 'receipt', 'adjustment', 'count', 'initial')),
    delta_milli INTEGER NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    reference   TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    trace_id    TEXT NOT NULL DEFAULT ''
);
-- ;;
CREATE INDEX stock_movements_product ON stock_movements (product_id, created_at);
-- ;;
CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements BEGIN
    SELECT RAISE(ABORT, 'stock ledger is append-only');
END;
-- ;;
CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements BEGIN
    SELECT RAISE(ABORT, 'stock ledger is append-only');
END;
-- ;;
-- The level per product, maintained by trigger from the ledger in the same
-- transaction, so listing a million products never sums a million ledgers.
-- It is derived data: stock_levels can be rebuilt from stock_movements.
CREATE TABLE stock_levels (
    product_id TEXT PRIMARY KEY REFERENCES products (id),
    qty_milli  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
-- ;;
CREATE INDEX stock_levels_qty ON stock_levels (qty_milli);
-- ;;
CREATE TRIGGER stock_levels_seed AFTER INSERT ON products BEGIN
    INSERT INTO stock_levels (product_id, qty_milli) VALUES (new.id, 0);
END;
-- ;;
CREATE TRIGGER stock_movements_apply AFTER INSERT ON stock_movements BEGIN
    UPDATE stock_levels SET qty_milli = qty_milli + new.delta_milli WHERE product_id = new.product_id;
END;
-- ;;
CREATE TABLE sales (
    id            TEXT PRIMARY KEY,
    receipt_no    TEXT NOT NULL UNIQUE,
    terminal      TEXT NOT NULL,
    total_minor   INTEGER NOT NULL,
    currency      TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    trace_id      TEXT NOT NULL DEFAULT ''
);
-- ;;
CREATE INDEX sales_created ON sales (created_at);
-- ;;
CREATE TABLE sale_lines (
    sale_id          TEXT NOT NULL REFERENCES sales (id),
    line_no          INTEGER NOT NULL,
    product_id       TEXT NOT NULL REFERENCES products (id),
    qty_milli        INTEGER NOT NULL,
    unit_price_minor INTEGER NOT NULL,
    total_minor      INTEGER NOT NULL,
    PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID;
-- ;;
CREATE INDEX sale_lines_product ON sale_lines (product_id);
-- ;;
CREATE TABLE receipt_counters (
    terminal TEXT PRIMARY KEY,
    last_no  INTEGER NOT NULL
) WITHOUT ROWID;
-- ;;
CREATE TABLE alerts (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('low_stock')),
    product_id  TEXT NOT NULL REFERENCES products (id),
    stock_milli INTEGER NOT NULL,
    threshold_milli INTEGER NOT NULL,
    message     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    read_at     TEXT
);
-- ;;
CREATE INDEX alerts_created ON alerts (created_at);
-- ;;
-- The transactional outbox: every change writes its event here in the same
-- transaction. seq gives the upload order; id is the idempotency key the
-- server applies at most once.
CREATE TABLE outbox (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT NOT NULL UNIQUE,
    type           TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    aggregate_id   TEXT NOT NULL,
    payload        TEXT NOT NULL,
    trace_id       TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'quarantined')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT NOT NULL DEFAULT '',
    sent_at        TEXT
);
-- ;;
CREATE INDEX outbox_pending ON outbox (status, seq);
