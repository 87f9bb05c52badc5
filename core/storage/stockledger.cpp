#include "stockledger.h"

#include "common/timestamp.h"
#include "common/tracecontext.h"
#include "common/uuid.h"

#include <QCoreApplication>

namespace bodega {

QString movementKindCode(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Sale:
        return QStringLiteral("sale");
    case MovementKind::Return:
        return QStringLiteral("return");
    case MovementKind::Receipt:
        return QStringLiteral("receipt");
    case MovementKind::Adjustment:
        return QStringLiteral("adjustment");
    case MovementKind::Count:
        return QStringLiteral("count");
    case MovementKind::Initial:
        return QStringLiteral("initial");
    case MovementKind::Sync:
        return QStringLiteral("sync");
    }
    return QStringLiteral("adjustment");
}

static MovementKind kindFromCode(const QString &code)
{
    for (MovementKind k :
         {MovementKind::Sale, MovementKind::Return, MovementKind::Receipt, MovementKind::Adjustment,
          MovementKind::Count, MovementKind::Initial, MovementKind::Sync}) {
        if (movementKindCode(k) == code)
            return k;
    }
    return MovementKind::Adjustment;
}

Result<Quantity> StockLedger::level(const QString &productId) const
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT qty_milli FROM stock_levels WHERE product_id = ?"));
    q.bindValue(0, productId);
    if (auto s = m_db.run(q); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(QCoreApplication::translate("bodega::StockLedger", "Product"),
                               productId);
    const Quantity level = Quantity::fromMilli(q.value(0).toLongLong());
    q.finish();
    return level;
}

Result<StockMovement> StockLedger::record(const QString &productId, MovementKind kind,
                                          Quantity delta, const QString &reason,
                                          const QString &reference,
                                          std::optional<Quantity> levelBefore)
{
    Q_ASSERT_X(m_db.inTransaction(), "StockLedger::record",
               "a movement must share its change's transaction");
    auto before = levelBefore ? Result<Quantity>(*levelBefore) : level(productId);
    if (!before)
        return before.error();
    StockMovement m = movement(productId, kind, delta, reason, reference);
    m.levelBefore = *before;
    m.levelAfter = *before + delta;
    if (auto s = insert(m); !s)
        return s.error();
    return m;
}

StockMovement StockLedger::movement(const QString &productId, MovementKind kind, Quantity delta,
                                    const QString &reason, const QString &reference) const
{
    StockMovement m;
    m.id = newId();
    m.productId = productId;
    m.kind = kind;
    m.delta = delta;
    m.reason = reason;
    m.reference = reference;
    m.createdAt = m_clock.now();
    return m;
}

Status StockLedger::insert(const StockMovement &m)
{
    NativeStatement &q =
        m_db.nativeStatement(QStringLiteral("INSERT INTO stock_movements (id, product_id, kind, "
                                            "delta_milli, reason, reference, created_at, trace_id) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(0, m.id);
    q.bind(1, m.productId);
    q.bind(2, movementKindCode(m.kind));
    q.bind(3, m.delta.milli());
    q.bind(4, m.reason);
    q.bind(5, m.reference);
    q.bind(6, Timestamp::text(m.createdAt));
    q.bind(7, TraceContext::current());
    return m_db.run(q);
}

Status StockLedger::append(const QString &productId, MovementKind kind, Quantity delta,
                           const QString &reason, const QString &reference)
{
    Q_ASSERT_X(m_db.inTransaction(), "StockLedger::append",
               "a movement must share its change's transaction");
    return insert(movement(productId, kind, delta, reason, reference));
}

Status StockLedger::appendAll(const QString &stagingTable, MovementKind kind, const QString &reason,
                              const QString &reference)
{
    Q_ASSERT_X(m_db.inTransaction(), "StockLedger::appendAll",
               "movements must share their change's transaction");
    auto r = m_db.exec(
        QStringLiteral(
            "INSERT INTO stock_movements (id, product_id, kind, delta_milli, reason, reference, "
            "created_at, trace_id) "
            "SELECT printf('%s%012x', ?, row_number() OVER (ORDER BY s.product_id)), "
            "s.product_id, ?, s.delta_milli, ?, ?, ?, ? FROM ") +
            stagingTable + QStringLiteral(" s WHERE s.delta_milli <> 0 ORDER BY s.product_id"),
        {newId().left(24), movementKindCode(kind), Database::text(reason),
         Database::text(reference), m_clock.now().toString(Qt::ISODateWithMs),
         Database::text(TraceContext::current())});
    if (!r)
        return r.error();
    return {};
}

Status StockLedger::rebuildLevels()
{
    Q_ASSERT_X(m_db.inTransaction(), "StockLedger::rebuildLevels",
               "levels must change in the transaction of their movements");
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM stock_levels")); !r)
        return r.error();
    auto r = m_db.exec(QStringLiteral(
        "INSERT INTO stock_levels (product_id, qty_milli) "
        "SELECT p.id, coalesce(m.qty, 0) FROM products p LEFT JOIN "
        "(SELECT product_id, sum(delta_milli) AS qty FROM stock_movements GROUP BY product_id) m "
        "ON m.product_id = p.id ORDER BY p.id"));
    if (!r)
        return r.error();
    return {};
}

Status StockLedger::seedLevels(const QString &stagingTable)
{
    Q_ASSERT_X(m_db.inTransaction(), "StockLedger::seedLevels",
               "levels must change in the transaction of their movements");
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM stock_levels")); !r)
        return r.error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO stock_levels (product_id, qty_milli) "
                                      "SELECT p.id, coalesce(s.delta_milli, 0) FROM products p "
                                      "LEFT JOIN ") +
                       stagingTable + QStringLiteral(" s ON s.product_id = p.id ORDER BY p.id"));
    if (!r)
        return r.error();
    return {};
}

Result<QVector<StockMovement>> StockLedger::history(const QString &productId, int limit) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT id, kind, delta_milli, reason, reference, created_at FROM stock_movements "
            "WHERE product_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?"),
        {productId, limit});
    if (!q)
        return q.error();
    QVector<StockMovement> out;
    while (q->next()) {
        StockMovement m;
        m.id = q->value(0).toString();
        m.productId = productId;
        m.kind = kindFromCode(q->value(1).toString());
        m.delta = Quantity::fromMilli(q->value(2).toLongLong());
        m.reason = q->value(3).toString();
        m.reference = q->value(4).toString();
        m.createdAt = QDateTime::fromString(q->value(5).toString(), Qt::ISODateWithMs);
        out.push_back(m);
    }
    return out;
}

} // namespace bodega
