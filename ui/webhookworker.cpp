#include "webhookworker.h"

#include "catalog/webhookdispatcher.h"
#include "common/clock.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWebhooks, "bodega.ui.webhooks")

namespace bodega {

WebhookWorker::WebhookWorker(QString storePath, std::shared_ptr<CredentialStore> credentials,
                             QObject *parent)
    : QObject(parent), m_path(std::move(storePath)), m_credentials(std::move(credentials))
{
}

WebhookWorker::~WebhookWorker() = default;

bool WebhookWorker::ensureOpen()
{
    if (m_db)
        return true;
    // The till's StoreWorker creates and migrates the store; this worker
    // only opens what is there.
    auto db = Database::openExisting(m_path);
    if (!db) {
        qCWarning(lcWebhooks) << "cannot open the store for webhooks:" << db.error().message;
        return false;
    }
    m_db = std::move(*db);
    // Created here, on the worker's thread: the sender's network manager
    // and the timer belong to it.
    m_sender = std::make_unique<WebhookSender>();
    m_timer = new QTimer(this);
    m_timer->setInterval(RoundIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &WebhookWorker::deliverDue);
    m_timer->start();
    return true;
}

void WebhookWorker::deliverDue()
{
    // The sender's local event loop may deliver the timer's next tick while a
    // post is under way: one round at a time.
    if (m_inRound || !ensureOpen())
        return;
    m_inRound = true;
    auto round =
        WebhookDispatcher(*m_db, m_credentials.get(), Clock::system(), *m_sender).runRound();
    m_inRound = false;
    if (!round) {
        qCWarning(lcWebhooks) << "webhook round failed:" << round.error().message;
        emit delivered(0, 0, 0, round.error().message);
        return;
    }
    if (round->delivered + round->retrying + round->dead > 0)
        emit delivered(round->delivered, round->retrying, round->dead, {});
}

} // namespace bodega
