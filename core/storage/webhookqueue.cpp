#include "webhookqueue.h"

#include "common/uuid.h"

#include <algorithm>

namespace bodega {

namespace {

QString stamp(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs);
}

QDateTime parsed(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

QJsonObject WebhookDelivery::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("alert_id"), alertId},
        {QStringLiteral("url"), url},
        {QStringLiteral("status"), status},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("next_attempt_at"), stamp(nextAttemptAt)},
        {QStringLiteral("last_error"), lastError},
        {QStringLiteral("created_at"), stamp(createdAt)},
    };
    if (deliveredAt.isValid())
        o.insert(QStringLiteral("delivered_at"), stamp(deliveredAt));
    return o;
}

qint64 WebhookQueue::backoffMs(int attempts)
{
    qint64 wait = FirstRetryMs;
    for (int i = 1; i < attempts && wait < MaxRetryMs; ++i)
        wait *= 2;
    return std::min(wait, MaxRetryMs);
}

Result<QString> WebhookQueue::enqueue(const QString &alertId, const QString &url,
                                      const QByteArray &payload)
{
    const QString id = newId();
    const QString now = stamp(m_clock.now());
    if (auto s = m_db.run(QStringLiteral("INSERT INTO webhook_deliveries (id, alert_id, url, "
                                         "payload, status, next_attempt_at, created_at) VALUES "
                                         "(?, ?, ?, ?, 'pending', ?, ?)"),
                          {id, alertId, url, QString::fromUtf8(payload), now, now});
        !s)
        return s.error();
    return id;
}

Result<QVector<WebhookDelivery>> WebhookQueue::select(const QString &where,
                                                      const QVariantList &bindings, int limit) const
{
    QVariantList args = bindings;
    args << limit;
    auto q = m_db.exec(QStringLiteral("SELECT id, alert_id, url, payload, status, attempts, "
                                      "next_attempt_at, claimed_until, last_error, created_at, "
                                      "delivered_at FROM webhook_deliveries WHERE ") +
                           where + QStringLiteral(" LIMIT ?"),
                       args);
    if (!q)
        return q.error();
    QVector<WebhookDelivery> out;
    while (q->next()) {
        WebhookDelivery d;
        d.id = q->value(0).toString();
        d.alertId = q->value(1).toString();
        d.url = q->value(2).toString();
        d.payload = q->value(3).toString().toUtf8();
        d.status = q->value(4).toString();
        d.attempts = q->value(5).toInt();
        d.nextAttemptAt = parsed(q->value(6));
        d.claimedUntil = q->value(7).toString();
        d.lastError = q->value(8).toString();
        d.createdAt = parsed(q->value(9));
        d.deliveredAt = parsed(q->value(10));
        out << d;
    }
    return out;
}

Result<QVector<WebhookDelivery>> WebhookQueue::claimDue(int limit)
{
    const QDateTime now = m_clock.now();
    const QString lease = stamp(now.addMSecs(LeaseMs));
    auto due = select(QStringLiteral("status = 'pending' AND next_attempt_at <= ? AND "
                                     "claimed_until < ? ORDER BY next_attempt_at, created_at"),
                      {stamp(now), stamp(now)}, limit);
    if (!due)
        return due.error();
    QVector<WebhookDelivery> claimed;
    for (WebhookDelivery d : std::as_const(*due)) {
        // Conditional on the lease still being free: another round may have
        // taken the row between the select and here.
        auto q = m_db.exec(QStringLiteral("UPDATE webhook_deliveries SET claimed_until = ? "
                                          "WHERE id = ? AND status = 'pending' AND "
                                          "claimed_until < ? RETURNING id"),
                           {lease, d.id, stamp(now)});
        if (!q)
            return q.error();
        const bool won = q->next();
        q->finish();
        if (won) {
            d.claimedUntil = lease;
            claimed << d;
        }
    }
    return claimed;
}

Status WebhookQueue::markDelivered(const WebhookDelivery &d)
{
    return m_db.run(QStringLiteral("UPDATE webhook_deliveries SET status = 'delivered', "
                                   "attempts = attempts + 1, claimed_until = '', last_error = '', "
                                   "delivered_at = ? WHERE id = ? AND status = 'pending'"),
                    {stamp(m_clock.now()), d.id});
}

Result<QString> WebhookQueue::markFailed(const WebhookDelivery &d, const QString &error)
{
    const int attempts = d.attempts + 1;
    const QString status =
        attempts >= MaxAttempts ? QStringLiteral("dead") : QStringLiteral("pending");
    const QDateTime next = m_clock.now().addMSecs(backoffMs(attempts));
    if (auto s = m_db.run(QStringLiteral("UPDATE webhook_deliveries SET status = ?, attempts = ?, "
                                         "next_attempt_at = ?, claimed_until = '', last_error = ? "
                                         "WHERE id = ? AND status = 'pending'"),
                          {status, attempts, stamp(next), error.left(500), d.id});
        !s)
        return s.error();
    return status;
}

Status WebhookQueue::retry(const QString &deliveryId)
{
    auto found = select(QStringLiteral("id = ?"), {deliveryId}, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("Webhook delivery"), deliveryId);
    if (found->first().status != QLatin1String("dead"))
        return Error::validation(QStringLiteral("status"),
                                 tr("Only a failed webhook delivery can be retried; this one is %1")
                                     .arg(found->first().status),
                                 {{QStringLiteral("status"), found->first().status}});
    return m_db.run(
        QStringLiteral("UPDATE webhook_deliveries SET status = 'pending', attempts = 0, "
                       "next_attempt_at = ?, claimed_until = '' "
                       "WHERE id = ? AND status = 'dead'"),
        {stamp(m_clock.now()), deliveryId});
}

Result<QVector<WebhookDelivery>> WebhookQueue::list(const QString &status, int limit) const
{
    if (status.isEmpty())
        return select(QStringLiteral("1 ORDER BY created_at DESC, rowid DESC"), {}, limit);
    return select(QStringLiteral("status = ? ORDER BY created_at DESC, rowid DESC"), {status},
                  limit);
}

Result<QHash<QString, WebhookDelivery>> WebhookQueue::latestByAlert() const
{
    auto all = select(QStringLiteral("1 ORDER BY created_at, rowid"), {}, 100000);
    if (!all)
        return all.error();
    QHash<QString, WebhookDelivery> out;
    for (const WebhookDelivery &d : std::as_const(*all))
        out.insert(d.alertId, d);
    return out;
}

Result<qint64> WebhookQueue::count(const QString &status) const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM webhook_deliveries WHERE status = ?"),
                       {status});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace bodega
