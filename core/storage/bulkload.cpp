#include "bulkload.h"

namespace bodega {

namespace {
// While loading, the page cache holds the growing B-trees of the unique keys
// (SKU, barcode, id); at the usual 64 MiB a million products spill to disk.
const QString kLoadCache = QStringLiteral("-262144"); // 256 MiB
} // namespace

QStringList BulkLoad::catalogLoad()
{
    return {QStringLiteral("products_category"),    QStringLiteral("products_name"),
            QStringLiteral("products_price"),       QStringLiteral("products_threshold"),
            QStringLiteral("products_fts_insert"),  QStringLiteral("stock_levels_seed"),
            QStringLiteral("stock_levels_qty"),     QStringLiteral("stock_movements_product"),
            QStringLiteral("stock_movements_apply")};
}

Status BulkLoad::suspend(const QStringList &names)
{
    Q_ASSERT_X(m_db.inTransaction(), "BulkLoad::suspend", "the load must be one transaction");
    QStringList indexes;
    QStringList triggers;
    for (const QString &name : names) {
        auto q =
            m_db.exec(QStringLiteral(
                          "SELECT type, sql FROM sqlite_master WHERE name = ? AND sql IS NOT NULL"),
                      {name});
        if (!q)
            return q.error();
        if (!q->next())
            return Error{
                ErrorCode::Internal,
                QStringLiteral("bulk load: the schema has no index or trigger %1").arg(name),
                {}};
        const bool isIndex = q->value(0).toString() == QLatin1String("index");
        (isIndex ? indexes : triggers) << q->value(1).toString();
        q->finish(); // SQLite refuses DDL while a statement is still reading
        auto dropped = m_db.exec(
            QStringLiteral("DROP %1 %2")
                .arg(isIndex ? QStringLiteral("INDEX") : QStringLiteral("TRIGGER"), name));
        if (!dropped)
            return dropped.error();
    }
    m_ddl = indexes + triggers;
    auto cache = m_db.exec(QStringLiteral("PRAGMA cache_size"));
    if (!cache)
        return cache.error();
    m_cacheSize = cache->next() ? cache->value(0).toString() : QString();
    cache->finish();
    if (auto r = m_db.exec(QStringLiteral("PRAGMA cache_size = ") + kLoadCache); !r)
        return r.error();
    return {};
}

Status BulkLoad::restore()
{
    for (const QString &sql : std::as_const(m_ddl)) {
        if (auto r = m_db.exec(sql); !r)
            return r.error();
    }
    m_ddl.clear();
    if (!m_cacheSize.isEmpty()) {
        if (auto r = m_db.exec(QStringLiteral("PRAGMA cache_size = ") + m_cacheSize); !r)
            return r.error();
    }
    return {};
}

} // namespace bodega
