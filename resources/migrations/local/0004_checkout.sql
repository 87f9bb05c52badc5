-- Schema 4: a sale as the till completes it (issue 4): what was discounted,
-- the tax in it, the change given, and how it was paid.
ALTER TABLE sales ADD COLUMN discount_minor INTEGER NOT NULL DEFAULT 0;
-- ;;
ALTER TABLE sales ADD COLUMN tax_minor INTEGER NOT NULL DEFAULT 0;
-- ;;
ALTER TABLE sales ADD COLUMN change_minor INTEGER NOT NULL DEFAULT 0;
-- ;;
-- A line's total is what the customer paid for it: its own discount and its
-- share of the sale's are in discount_minor.
ALTER TABLE sale_lines ADD COLUMN discount_minor INTEGER NOT NULL DEFAULT 0;
-- ;;
ALTER TABLE sale_lines ADD COLUMN tax_rate_bp INTEGER NOT NULL DEFAULT 0;
-- ;;
-- Payments as recorded: cash net of the change, so they add up to the total.
CREATE TABLE sale_payments (
    sale_id      TEXT NOT NULL REFERENCES sales (id),
    payment_no   INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('cash', 'card', 'transfer', 'wallet')),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    reference    TEXT NOT NULL DEFAULT '',
    provider     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sale_id, payment_no)
) WITHOUT ROWID;
