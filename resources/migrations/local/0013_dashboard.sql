-- Schema 13: what the manager's dashboard reads (issue 6, point 1).
--
-- Sales and refunds per quarter hour (UTC), kept by trigger in the same
-- transaction as the sale or the return: the sales-over-time chart of a year
-- reads at most 35,136 rows instead of summing a million sales. A quarter
-- hour, not a day, because the chart groups by the store's local days, and
-- every time zone in use starts its days on a quarter hour (UTC-5 for es-CO,
-- +05:45 for Nepal); the grouping into local days, weeks and months is done
-- by the reader, with daylight saving, from the bucket's UTC start. Derived
-- data: it can be rebuilt from sales and sale_returns (the backfill below).
CREATE TABLE sales_quarter_hours (
    bucket       TEXT PRIMARY KEY, -- UTC start, 'YYYY-MM-DDTHH:MM', MM in 00, 15, 30, 45
    sales        INTEGER NOT NULL DEFAULT 0,
    total_minor  INTEGER NOT NULL DEFAULT 0, -- paid, tax included (sales.total_minor)
    returns      INTEGER NOT NULL DEFAULT 0,
    refund_minor INTEGER NOT NULL DEFAULT 0  -- paid back (sale_returns.refund_minor)
) WITHOUT ROWID;
-- ;;
INSERT INTO sales_quarter_hours (bucket, sales, total_minor)
SELECT strftime('%Y-%m-%dT%H:', created_at) ||
           printf('%02d', CAST(strftime('%M', created_at) AS INTEGER) / 15 * 15),
       count(*), sum(total_minor)
FROM sales GROUP BY 1;
-- ;;
INSERT INTO sales_quarter_hours (bucket, returns, refund_minor)
SELECT strftime('%Y-%m-%dT%H:', created_at) ||
           printf('%02d', CAST(strftime('%M', created_at) AS INTEGER) / 15 * 15),
       count(*), sum(refund_minor)
FROM sale_returns WHERE true GROUP BY 1
ON CONFLICT (bucket) DO UPDATE SET returns = excluded.returns, refund_minor = excluded.refund_minor;
-- ;;
-- Sales arrive from this till (CatalogService) and from the others through
-- the sync feed; both insert, neither updates nor deletes a sale.
CREATE TRIGGER sales_quarter_hours_sale AFTER INSERT ON sales BEGIN
    INSERT INTO sales_quarter_hours (bucket, sales, total_minor)
    VALUES (strftime('%Y-%m-%dT%H:', new.created_at) ||
                printf('%02d', CAST(strftime('%M', new.created_at) AS INTEGER) / 15 * 15),
            1, new.total_minor)
    ON CONFLICT (bucket) DO UPDATE SET sales = sales + 1,
                                       total_minor = total_minor + excluded.total_minor;
END;
-- ;;
CREATE TRIGGER sales_quarter_hours_return AFTER INSERT ON sale_returns BEGIN
    INSERT INTO sales_quarter_hours (bucket, returns, refund_minor)
    VALUES (strftime('%Y-%m-%dT%H:', new.created_at) ||
                printf('%02d', CAST(strftime('%M', new.created_at) AS INTEGER) / 15 * 15),
            1, new.refund_minor)
    ON CONFLICT (bucket) DO UPDATE SET returns = returns + 1,
                                       refund_minor = refund_minor + excluded.refund_minor;
END;
-- ;;
-- CatalogService writes a return's row before its lines and sets the refund
-- once the lines are priced.
CREATE TRIGGER sales_quarter_hours_refund AFTER UPDATE OF refund_minor ON sale_returns BEGIN
    UPDATE sales_quarter_hours SET refund_minor = refund_minor + new.refund_minor - old.refund_minor
    WHERE bucket = strftime('%Y-%m-%dT%H:', old.created_at) ||
                   printf('%02d', CAST(strftime('%M', old.created_at) AS INTEGER) / 15 * 15);
END;
-- ;;
-- StockReport bounds its walk up the stock index by the highest threshold,
-- read again whenever another connection wrote (every sale on a till): a
-- scan of the whole catalog without this index, a seek with it.
CREATE INDEX products_threshold ON products (threshold_milli);
-- ;;
-- Returns by the day they were made (refunds in a period, the net sold of
-- the best sellers and category share): without it every period read every
-- return line.
CREATE INDEX sale_returns_created ON sale_returns (created_at);
