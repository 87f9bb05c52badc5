#include "stockreport.h"

namespace bodega {

namespace {

// The walk: stock_levels in stock order (its qty index), each row joined to
// its product by id, below the highest threshold; keyset-paged on the
// index's own order (qty, then the key it carries). The row value keeps the
// walk on the index: "a > ? OR (a = ? AND b > ?)" made SQLite sort every
// row below the threshold first.
const char *const WalkSql =
    "SELECT p.id, p.sku, p.name, p.unit, p.supplier, p.cost_minor, p.currency, "
    "p.threshold_milli, s.qty_milli, p.active FROM stock_levels s "
    "JOIN products p ON p.id = s.product_id "
    "WHERE s.qty_milli < ? AND (s.qty_milli, s.product_id) > (?, ?) "
    "ORDER BY s.qty_milli, s.product_id LIMIT ?";

} // namespace

Result<qint64> StockReport::highestThreshold() const
{
    auto version = m_db.exec(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return version.error();
    const qint64 dataVersion = version->next() ? version->value(0).toLongLong() : -1;
    auto changes = m_db.exec(QStringLiteral("SELECT total_changes()"));
    if (!changes)
        return changes.error();
    const qint64 total = changes->next() ? changes->value(0).toLongLong() : -1;
    if (m_highest >= 0 && dataVersion == m_dataVersion && total == m_changes)
        return m_highest;
    auto q = m_db.exec(QStringLiteral("SELECT coalesce(max(threshold_milli), 0) FROM products"));
    if (!q)
        return q.error();
    m_highest = q->next() ? q->value(0).toLongLong() : 0;
    m_dataVersion = dataVersion;
    m_changes = total;
    return m_highest;
}

Result<StockReport::Page>
StockReport::lowest(int limit, const std::function<bool(const Product &)> &accept) const
{
    auto highest = highestThreshold();
    if (!highest)
        return highest.error();
    Page page;
    constexpr int Batch = 256;
    qint64 lastQty = std::numeric_limits<qint64>::min();
    QString lastId;
    for (;;) {
        QSqlQuery &q = m_db.prepared(QString::fromLatin1(WalkSql));
        q.bindValue(0, *highest);
        q.bindValue(1, lastQty);
        q.bindValue(2, lastId);
        q.bindValue(3, Batch);
        if (auto s = m_db.run(q); !s)
            return s.error();
        int rows = 0;
        while (q.next()) {
            ++rows;
            Product p;
            p.id = q.value(0).toString();
            p.sku = q.value(1).toString();
            p.name = q.value(2).toString();
            p.unit = unitFromCode(q.value(3).toString()).value_or(UnitOfMeasure::Unit);
            p.supplier = q.value(4).toString();
            p.cost = Money(q.value(5).toLongLong(), q.value(6).toString());
            p.price = Money(0, q.value(6).toString());
            p.threshold = Quantity::fromMilli(q.value(7).toLongLong());
            p.stock = Quantity::fromMilli(q.value(8).toLongLong());
            p.active = q.value(9).toBool();
            lastQty = p.stock.milli();
            lastId = p.id;
            if (!p.active || !p.isLow() || (accept && !accept(p)))
                continue;
            if (page.products.size() >= limit) {
                page.more = true;
                q.finish();
                return page;
            }
            page.products << p;
        }
        q.finish();
        if (rows < Batch)
            return page;
    }
}

Result<qint64> StockReport::countLow(qint64 cap) const
{
    auto highest = highestThreshold();
    if (!highest)
        return highest.error();
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM stock_levels s "
                                      "JOIN products p ON p.id = s.product_id "
                                      "WHERE s.qty_milli < ? AND s.qty_milli < p.threshold_milli "
                                      "AND p.active = 1 ORDER BY s.qty_milli LIMIT ?)"),
                       {*highest, cap});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace bodega
