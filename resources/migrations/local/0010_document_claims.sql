-- Schema 10: a document job is claimed before it is made. The GUI's document
-- worker and a `bodegactl documents run` could both take the same pending
-- receipt and print it twice; and a reprint asked for while the first print
-- was under way was marked done by that first print, and lost. A claim is a
-- lease (claimed_until, UTC), so a process that dies mid-print leaves the job
-- to the next one; every enqueue (a reprint) starts a new generation, and a
-- job is recorded done or failed only for the generation that was made.
ALTER TABLE document_jobs ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
-- ;;
ALTER TABLE document_jobs ADD COLUMN claimed_until TEXT NOT NULL DEFAULT '';
