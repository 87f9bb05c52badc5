-- Server schema 7: terminals record stock.low_predicted (issue 6: the demand
-- forecast sees a product running out inside its supplier's lead time).
-- The server keeps it as an applied event — acknowledged once, like every
-- other — and has nothing to derive from it yet; before this version it
-- judged the type unknown, and the terminal quarantined it. Version 4's
-- event_problem (audit.recorded in front of version 3's) still judges every
-- other type.
ALTER FUNCTION event_problem(jsonb, jsonb) RENAME TO event_problem_v4;
CREATE FUNCTION event_problem(e jsonb, p jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN e->>'type' IS DISTINCT FROM 'stock.low_predicted' THEN event_problem_v4(e, p)
        WHEN jsonb_typeof(e) IS DISTINCT FROM 'object' THEN 'event: not a JSON object'
        WHEN coalesce(e->>'id', '') !~ '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
            THEN 'id: not a UUIDv7'
        WHEN jsonb_typeof(p) IS DISTINCT FROM 'object' THEN 'payload: not an object'
        WHEN coalesce(e->>'occurred_at', '') !~ '^\d{4}-\d\d-\d\dT' THEN 'occurred_at: not a date-time'
        WHEN (e->>'schema_version') IS DISTINCT FROM '1' THEN 'schema_version: unsupported'
        WHEN coalesce(p->>'product_id', '') !~ '^[0-9a-f-]{36}$' THEN 'payload.product_id: not a UUID'
        WHEN coalesce(p->>'predicted_stock_out', '') !~ '^\d{4}-\d\d-\d\d$'
            THEN 'payload.predicted_stock_out: not a date'
        WHEN (p->>'current_stock_milli') !~ '^-?\d{1,15}$' THEN 'payload.current_stock_milli: invalid'
        WHEN (p->>'suggested_milli') !~ '^\d{1,15}$' THEN 'payload.suggested_milli: invalid'
    END
$$;
