-- Schema 14: the same CHECK constraints, written so SQLite checks them cheaply.
--
-- SQLite evaluates `x IN ('a', 'b', 'c')` with three or more constants by
-- building a temporary B-tree of the constants, on every row it writes: 2.4 µs
-- an insert here, more than the rest of a narrow insert. The tables written
-- on every sale, import row and first-sync product state their allowed
-- values as a chain of `=` instead, which allows exactly the same values.
--
-- A constraint that allows the same values can be rewritten in the schema
-- text in place (SQLite's documented procedure for changing a CHECK without
-- rebuilding the table: https://www.sqlite.org/lang_altertable.html, "making
-- other kinds of table schema changes"): every stored row already satisfies
-- it, and rebuilding a million-product catalog to the same rows would take
-- minutes of an upgrade. A text that does not match (a store whose table was
-- made otherwise) is left as it is: still correct, only slower.
PRAGMA writable_schema = ON;
-- ;;
UPDATE sqlite_master
SET sql = replace(sql, 'CHECK (unit IN (''unit'', ''kg'', ''l''))',
                  'CHECK (unit = ''unit'' OR unit = ''kg'' OR unit = ''l'')')
WHERE type = 'table' AND name = 'products';
-- ;;
UPDATE sqlite_master
SET sql = replace(sql,
                  'CHECK (kind IN (''sale'', ''return'', ''receipt'', ''adjustment'', ''count'', ''initial'', ''sync''))',
                  'CHECK (kind = ''sale'' OR kind = ''return'' OR kind = ''receipt'' OR kind = ''adjustment'' OR kind = ''count'' OR kind = ''initial'' OR kind = ''sync'')')
WHERE type = 'table' AND name = 'stock_movements';
-- ;;
UPDATE sqlite_master
SET sql = replace(sql, 'CHECK (status IN (''pending'', ''sent'', ''quarantined''))',
                  'CHECK (status = ''pending'' OR status = ''sent'' OR status = ''quarantined'')')
WHERE type = 'table' AND name = 'outbox';
-- ;;
UPDATE sqlite_master
SET sql = replace(sql, 'CHECK (kind IN (''cash'', ''card'', ''transfer'', ''wallet''))',
                  'CHECK (kind = ''cash'' OR kind = ''card'' OR kind = ''transfer'' OR kind = ''wallet'')')
WHERE type = 'table' AND name = 'sale_payments';
-- ;;
UPDATE sqlite_master
SET sql = replace(replace(sql, 'CHECK (status IN (''pending'', ''done'', ''failed''))',
                          'CHECK (status = ''pending'' OR status = ''done'' OR status = ''failed'')'),
                  'CHECK (kind IN (''receipt'', ''invoice''))',
                  'CHECK (kind = ''receipt'' OR kind = ''invoice'')')
WHERE type = 'table' AND name = 'document_jobs';
-- ;;
PRAGMA writable_schema = OFF;
-- ;;
-- The procedure's last step: a new schema cookie, so every connection that
-- has the old text cached reads the new one (a table made and dropped moves
-- it forward, as PRAGMA schema_version = N + 1 would without knowing N).
CREATE TABLE schema_14_cookie (x INTEGER);
-- ;;
DROP TABLE schema_14_cookie;
