#pragma once

#include <memory>
#include <QObject>

class QTimer;

namespace bodega {

class CredentialStore;
class Database;
class WebhookSender;

// Delivers low-stock webhooks on a thread of its own, with its own store
// connection and its own QNetworkAccessManager, so neither the till nor the
// receipt printer ever waits on a slow receiver. A round every few seconds
// and after each sale; what fails waits in the persistent queue
// (WebhookQueue) and is retried with backoff. Usage: moveToThread(), then
// call deliverDue through a queued connection.
class WebhookWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int RoundIntervalMs = 5000;

    // `credentials` (the HMAC secret) must outlive the worker; null: unsigned.
    WebhookWorker(QString storePath, std::shared_ptr<CredentialStore> credentials,
                  QObject *parent = nullptr);
    ~WebhookWorker() override;

public slots:
    // One delivery round over what is due; the first call (once the store
    // is open and migrated) also starts the periodic rounds.
    void deliverDue();

signals:
    // After a round that did something.
    void delivered(int delivered, int retrying, int dead, const QString &error);

private:
    bool ensureOpen();

    QString m_path;
    std::shared_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WebhookSender> m_sender;
    QTimer *m_timer = nullptr;
    bool m_inRound = false;
};

} // namespace bodega
