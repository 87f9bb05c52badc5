-- Schema 8: cash shifts (issue 4): a till is opened with a float, cash goes
-- in and out with a reason, and it is closed with the cash counted against
-- what the sales, returns and movements say should be there.
CREATE TABLE shifts (
    id              TEXT PRIMARY KEY,
    terminal        TEXT NOT NULL,
    opened_at       TEXT NOT NULL,
    opened_by       TEXT NOT NULL DEFAULT '',
    float_minor     INTEGER NOT NULL CHECK (float_minor >= 0),
    closed_at       TEXT NOT NULL DEFAULT '',
    closed_by       TEXT NOT NULL DEFAULT '',
    counted_minor   INTEGER,
    expected_minor  INTEGER
);
-- ;;
-- At most one open shift per terminal.
CREATE UNIQUE INDEX shifts_one_open ON shifts (terminal) WHERE closed_at = '';
-- ;;
CREATE TABLE shift_cash_movements (
    id           TEXT PRIMARY KEY,
    shift_id     TEXT NOT NULL REFERENCES shifts (id),
    at           TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
    reason       TEXT NOT NULL,
    user_id      TEXT NOT NULL DEFAULT ''
);
