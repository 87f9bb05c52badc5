#include "alertworker.h"

namespace bodega {

AlertWorker::AlertWorker(QString storePath, QObject *parent)
    : QObject(parent), m_path(std::move(storePath))
{
    qRegisterMetaType<bodega::AlertSnapshot>();
    qRegisterMetaType<bodega::Error>();
}

AlertWorker::~AlertWorker() = default;

bool AlertWorker::ensureOpen()
{
    if (m_db)
        return true;
    auto db = Database::openExisting(m_path);
    if (!db) {
        emit failed(db.error());
        return false;
    }
    m_db = std::move(*db);
    return true;
}

void AlertWorker::load()
{
    if (!ensureOpen())
        return;
    AlertInbox inbox(*m_db, Clock::system());
    WebhookQueue queue(*m_db, Clock::system());
    AlertSnapshot snapshot;
    auto alerts = inbox.recent(200);
    auto unread = inbox.unreadCount();
    auto webhooks = queue.latestByAlert();
    auto dead = queue.list(QStringLiteral("dead"), 200);
    for (const Error *e :
         {alerts ? nullptr : &alerts.error(), unread ? nullptr : &unread.error(),
          webhooks ? nullptr : &webhooks.error(), dead ? nullptr : &dead.error()}) {
        if (e) {
            emit failed(*e);
            return;
        }
    }
    snapshot.alerts = *alerts;
    snapshot.unread = *unread;
    snapshot.webhooks = *webhooks;
    snapshot.dead = *dead;
    emit loaded(snapshot);
}

void AlertWorker::markRead(const QString &alertId)
{
    if (!ensureOpen())
        return;
    if (auto s = AlertInbox(*m_db, Clock::system()).markRead(alertId); !s) {
        emit failed(s.error());
        return;
    }
    load();
}

void AlertWorker::markAllRead()
{
    if (!ensureOpen())
        return;
    if (auto s = AlertInbox(*m_db, Clock::system()).markAllRead(); !s) {
        emit failed(s.error());
        return;
    }
    load();
}

void AlertWorker::retry(const QString &deliveryId)
{
    if (!ensureOpen())
        return;
    if (auto s = WebhookQueue(*m_db, Clock::system()).retry(deliveryId); !s) {
        emit failed(s.error());
        return;
    }
    emit retried();
    load();
}

} // namespace bodega
