#include "alertinbox.h"

#include "common/uuid.h"

#include <QJsonObject>

namespace bodega {

QJsonObject LowStockAlert::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("product_id"), productId},
        {QStringLiteral("product_name"), productName},
        {QStringLiteral("sku"), sku},
        {QStringLiteral("current_stock"), stock.toString()},
        {QStringLiteral("threshold"), threshold.toString()},
        {QStringLiteral("message"), message},
        {QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("read"), read},
    };
}

Status AlertInbox::add(LowStockAlert &alert)
{
    alert.id = newId();
    alert.createdAt = m_clock.now();
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("INSERT INTO alerts (id, kind, product_id, stock_milli, "
                                     "threshold_milli, message, created_at) "
                                     "VALUES (?, 'low_stock', ?, ?, ?, ?, ?)"));
    q.bindValue(0, alert.id);
    q.bindValue(1, alert.productId);
    q.bindValue(2, alert.stock.milli());
    q.bindValue(3, alert.threshold.milli());
    q.bindValue(4, Database::text(alert.message));
    q.bindValue(5, alert.createdAt.toString(Qt::ISODateWithMs));
    return m_db.run(q);
}

Result<QVector<LowStockAlert>> AlertInbox::recent(int limit) const
{
    auto q =
        m_db.exec(QStringLiteral(
                      "SELECT a.id, a.product_id, p.name, p.sku, a.stock_milli, a.threshold_milli, "
                      "a.message, a.created_at, a.read_at IS NOT NULL FROM alerts a "
                      "JOIN products p ON p.id = a.product_id ORDER BY a.created_at DESC, a.rowid "
                      "DESC LIMIT ?"),
                  {limit});
    if (!q)
        return q.error();
    QVector<LowStockAlert> out;
    while (q->next()) {
        LowStockAlert a;
        a.id = q->value(0).toString();
        a.productId = q->value(1).toString();
        a.productName = q->value(2).toString();
        a.sku = q->value(3).toString();
        a.stock = Quantity::fromMilli(q->value(4).toLongLong());
        a.threshold = Quantity::fromMilli(q->value(5).toLongLong());
        a.message = q->value(6).toString();
        a.createdAt = QDateTime::fromString(q->value(7).toString(), Qt::ISODateWithMs);
        a.read = q->value(8).toBool();
        out.push_back(a);
    }
    return out;
}

Result<qint64> AlertInbox::unreadCount() const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM alerts WHERE read_at IS NULL"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status AlertInbox::markAllRead()
{
    auto q = m_db.exec(QStringLiteral("UPDATE alerts SET read_at = ? WHERE read_at IS NULL"),
                       {m_clock.now().toString(Qt::ISODateWithMs)});
    return q ? Status() : Status(q.error());
}

Status AlertInbox::markRead(const QString &alertId)
{
    return m_db.run(
        QStringLiteral("UPDATE alerts SET read_at = ? WHERE id = ? AND read_at IS NULL"),
        {m_clock.now().toString(Qt::ISODateWithMs), alertId});
}

} // namespace bodega
