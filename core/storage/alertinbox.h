#pragma once

#include "common/clock.h"
#include "domain/quantity.h"
#include "storage/database.h"

namespace bodega {

struct LowStockAlert
{
    QString id;
    QString productId;
    QString productName;
    QString sku;
    Quantity stock;
    Quantity threshold;
    QString message; // formatted for people, already translated
    QDateTime createdAt;
    bool read = false;

    QJsonObject toJson() const;
};

// Stored low-stock alerts: the in-app inbox. Webhook delivery reads from here.
class AlertInbox
{
public:
    AlertInbox(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Call inside the transaction of the movement that crossed the threshold.
    Status add(LowStockAlert &alert);
    Result<QVector<LowStockAlert>> recent(int limit = 100) const;
    Result<qint64> unreadCount() const;
    Status markAllRead();
    // One alert read; already read or unknown ids change nothing.
    Status markRead(const QString &alertId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace bodega
