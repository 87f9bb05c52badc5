-- Schema 7: returns against an earlier sale (issue 4). Each returned line
-- points at the sale line it comes from, so no line is returned beyond what
-- was sold; the stock goes back through the ledger (kind 'return').
CREATE TABLE sale_returns (
    id           TEXT PRIMARY KEY,
    sale_id      TEXT NOT NULL REFERENCES sales (id),
    created_at   TEXT NOT NULL,
    user_id      TEXT NOT NULL DEFAULT '',
    approved_by  TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL,
    refund_minor INTEGER NOT NULL CHECK (refund_minor >= 0)
);
-- ;;
CREATE INDEX sale_returns_sale ON sale_returns (sale_id);
-- ;;
CREATE TABLE sale_return_lines (
    return_id    TEXT NOT NULL REFERENCES sale_returns (id),
    sale_id      TEXT NOT NULL,
    line_no      INTEGER NOT NULL,
    qty_milli    INTEGER NOT NULL CHECK (qty_milli > 0),
    refund_minor INTEGER NOT NULL CHECK (refund_minor >= 0),
    PRIMARY KEY (return_id, line_no),
    FOREIGN KEY (sale_id, line_no) REFERENCES sale_lines (sale_id, line_no)
) WITHOUT ROWID;
-- ;;
CREATE INDEX sale_return_lines_sale ON sale_return_lines (sale_id, line_no);
