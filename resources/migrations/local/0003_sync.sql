-- Schema 3: what sync with the central server needs on a terminal.
--
-- Every editable product field carries the hybrid-logical-clock stamp of its
-- last change (JSON object field -> stamp), so that edits made offline on two
-- terminals converge field by field (last writer wins per field).
ALTER TABLE products ADD COLUMN field_hlc TEXT NOT NULL DEFAULT '{}';
-- ;;
-- The ledger learns a new kind of movement, 'sync': the correction that brings
-- a terminal's level to the server's authoritative level plus its own
-- not-yet-acknowledged movements. It never travels as an event. SQLite cannot
-- change a CHECK in place, so the ledger is rebuilt; dropping a table fires no
-- triggers, and the copy does not touch stock_levels.
CREATE TABLE stock_movements_v3 (
    id          TEXT PRIMARY KEY,
    product_id  TEXT NOT NULL REFERENCES products (id),
    kind        TEXT NOT NULL CHECK (kind IN ('sale', 'return', 'receipt', 'adjustment', 'count', 'initial', 'sync')),
    delta_milli INTEGER NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    reference   TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    trace_id    TEXT NOT NULL DEFAULT ''
);
-- ;;
INSERT INTO stock_movements_v3 (id, product_id, kind, delta_milli, reason, reference, created_at, trace_id)
SELECT id, product_id, kind, delta_milli, reason, reference, created_at, trace_id FROM stock_movements;
-- ;;
DROP TABLE stock_movements;
-- ;;
ALTER TABLE stock_movements_v3 RENAME TO stock_movements;
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
CREATE TRIGGER stock_movements_apply AFTER INSERT ON stock_movements BEGIN
    UPDATE stock_levels SET qty_milli = qty_milli + new.delta_milli WHERE product_id = new.product_id;
END;
-- ;;
-- Sales made on other terminals of the store arrive from the server's feed;
-- they are history here (their stock comes with the server's levels).
CREATE INDEX sales_terminal ON sales (terminal, created_at);
