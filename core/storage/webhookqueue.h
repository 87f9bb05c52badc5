#pragma once

#include "common/clock.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace bodega {

struct WebhookDelivery
{
    QString id;
    QString alertId;
    QString url;
    QByteArray payload; // the body exactly as it is signed and sent
    QString status;     // pending, delivered, dead
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString claimedUntil; // the lease of the round that holds it; empty when free
    QString lastError;
    QDateTime createdAt;
    QDateTime deliveredAt;

    QJsonObject toJson() const; // without the payload
};

// The persistent queue of low-stock webhooks (table webhook_deliveries). A row
// is written in the transaction of the alert that caused it, so a crash never
// loses one and a sale never waits for the network; a delivery round claims
// due rows with a lease (as DocumentQueue does), so two rounds - the GUI's
// worker and a cron `bodegactl alerts deliver` - never post the same one twice
// at once, and a round that died mid-post frees its rows when the lease ends.
class WebhookQueue
{
    Q_DECLARE_TR_FUNCTIONS(bodega::WebhookQueue)

public:
    static constexpr qint64 FirstRetryMs = 30 * 1000; // doubles after each failure
    static constexpr qint64 MaxRetryMs = 60 * 60 * 1000;
    static constexpr int MaxAttempts = 10; // then dead, visible in the inbox
    static constexpr qint64 LeaseMs = 2 * 60 * 1000;

    WebhookQueue(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Call inside the caller's transaction (the alert's). Due at once.
    Result<QString> enqueue(const QString &alertId, const QString &url, const QByteArray &payload);
    // Up to `limit` pending rows due now and not leased, now leased to the caller.
    Result<QVector<WebhookDelivery>> claimDue(int limit = 20);
    Status markDelivered(const WebhookDelivery &delivery);
    // One more failed attempt: retried after 30 s, 60 s, ... (at most 1 h), or
    // dead once MaxAttempts are spent. Returns the row's new status.
    Result<QString> markFailed(const WebhookDelivery &delivery, const QString &error);
    // A dead delivery back in the queue, due at once with a fresh set of
    // attempts (the manager fixed the receiver, or it is back up). Its last
    // error stays until the next attempt replaces it. NOT_FOUND for an
    // unknown id; VALIDATION_FAILED (field "status") unless it is dead.
    Status retry(const QString &deliveryId);
    // Newest first; status empty = all.
    Result<QVector<WebhookDelivery>> list(const QString &status = {}, int limit = 100) const;
    // The latest delivery of each alert, by alert id (the inbox shows its state).
    Result<QHash<QString, WebhookDelivery>> latestByAlert() const;
    Result<qint64> count(const QString &status) const;

    // The wait after the `attempts`-th failure.
    static qint64 backoffMs(int attempts);

private:
    Result<QVector<WebhookDelivery>> select(const QString &where, const QVariantList &bindings,
                                            int limit) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace bodega
