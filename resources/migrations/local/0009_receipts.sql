-- Schema 9: receipts and the documents made after a sale (issue 4). A sale
-- keeps who sold it and what each line was called when it was sold, so a
-- reprint months later says what the first print said.
ALTER TABLE sales ADD COLUMN cashier TEXT NOT NULL DEFAULT '';
-- ;;
ALTER TABLE sale_lines ADD COLUMN name TEXT NOT NULL DEFAULT '';
-- ;;
ALTER TABLE sale_lines ADD COLUMN sku TEXT NOT NULL DEFAULT '';
-- ;;
-- The printed receipt and the invoice PDF of each sale, queued in the sale's
-- own transaction and made afterwards, so a jammed printer or a full disk
-- never holds up or undoes a sale: a failed job waits for a reprint.
CREATE TABLE document_jobs (
    id          TEXT PRIMARY KEY,
    sale_id     TEXT NOT NULL REFERENCES sales (id),
    kind        TEXT NOT NULL CHECK (kind IN ('receipt', 'invoice')),
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT '',
    path        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (sale_id, kind)
);
-- ;;
CREATE INDEX document_jobs_status ON document_jobs (status, kind);
