#pragma once

#include "ui/workertypes.h"

#include <memory>
#include <QObject>

namespace bodega {

// What the Alerts page shows.
struct AlertSnapshot
{
    QVector<LowStockAlert> alerts;            // newest first
    QHash<QString, WebhookDelivery> webhooks; // the latest delivery of each alert
    QVector<WebhookDelivery> dead;            // deliveries that gave up, newest first
    qint64 unread = 0;
};

// The in-app inbox (AlertInbox) and the webhook dead letters (WebhookQueue)
// on a thread and store connection of their own. Usage: moveToThread(),
// then call the slots through queued invocations; each answers loaded() or
// failed().
class AlertWorker : public QObject
{
    Q_OBJECT

public:
    explicit AlertWorker(QString storePath, QObject *parent = nullptr);
    ~AlertWorker() override;

public slots:
    void load();
    void markRead(const QString &alertId);
    void markAllRead();
    // A dead delivery back in the queue; retried() then asks for a round.
    void retry(const QString &deliveryId);

signals:
    void loaded(const bodega::AlertSnapshot &snapshot);
    void retried();
    void failed(const bodega::Error &error);

private:
    bool ensureOpen();

    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace bodega

Q_DECLARE_METATYPE(bodega::AlertSnapshot)
