-- Schema 12: the manager's side of stock (issue 6): suppliers and their
-- prices, purchase orders, and the delivery queue of low-stock webhooks.
-- Money is minor units, quantities thousandths, times UTC ISO 8601 with ms,
-- ids UUIDv7 — as everywhere else in the store.
CREATE TABLE suppliers (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    contact        TEXT NOT NULL DEFAULT '',  -- a person's name
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    lead_time_days INTEGER NOT NULL DEFAULT 7 CHECK (lead_time_days >= 0),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
-- ;;
CREATE UNIQUE INDEX suppliers_name ON suppliers (name COLLATE NOCASE);
-- ;;
-- What a supplier charges for a product (the cost the store pays), per unit.
CREATE TABLE supplier_prices (
    supplier_id TEXT NOT NULL REFERENCES suppliers (id),
    product_id  TEXT NOT NULL REFERENCES products (id),
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    currency    TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (supplier_id, product_id)
);
-- ;;
CREATE INDEX supplier_prices_product ON supplier_prices (product_id);
-- ;;
-- draft -> sent -> partially_received -> received -> closed (or cancelled
-- while a draft or sent). A receipt is a ledger movement of kind 'receipt'
-- whose reference is the purchase order's id.
CREATE TABLE purchase_orders (
    id          TEXT PRIMARY KEY,
    number      TEXT NOT NULL UNIQUE,      -- OC-T01-000001: per terminal, no gaps
    supplier_id TEXT NOT NULL REFERENCES suppliers (id),
    status      TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'partially_received',
                                                 'received', 'closed', 'cancelled')),
    currency    TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    sent_at     TEXT,
    closed_at   TEXT,
    updated_at  TEXT NOT NULL
);
-- ;;
CREATE INDEX purchase_orders_status ON purchase_orders (status, created_at);
-- ;;
CREATE TABLE purchase_order_lines (
    po_id           TEXT NOT NULL REFERENCES purchase_orders (id),
    line_no         INTEGER NOT NULL,
    product_id      TEXT NOT NULL REFERENCES products (id),
    ordered_milli   INTEGER NOT NULL CHECK (ordered_milli > 0),
    received_milli  INTEGER NOT NULL DEFAULT 0 CHECK (received_milli >= 0),
    unit_cost_minor INTEGER NOT NULL CHECK (unit_cost_minor >= 0),
    PRIMARY KEY (po_id, line_no)
);
-- ;;
CREATE TABLE po_counters (
    terminal TEXT PRIMARY KEY,
    next_no  INTEGER NOT NULL
);
-- ;;
-- Low-stock webhooks waiting to be delivered: written in the transaction of
-- the alert that caused them, so a crash never loses one and a sale never
-- waits for the network. pending -> delivered, or dead after the cap.
CREATE TABLE webhook_deliveries (
    id              TEXT PRIMARY KEY,
    alert_id        TEXT NOT NULL REFERENCES alerts (id),
    url             TEXT NOT NULL,
    payload         TEXT NOT NULL,          -- the JSON body, as signed
    status          TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    claimed_until   TEXT NOT NULL DEFAULT '',
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    delivered_at    TEXT
);
-- ;;
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
