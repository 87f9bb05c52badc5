#pragma once

#include "common/clock.h"
#include "sync/syncengine.h"

#include <QObject>

#include <functional>
#include <memory>

namespace bodega {

class Database;
struct RegisteredTerminal;

// Runs sync rounds on its own thread with its own store connection and its
// own server connection, so a sale or the UI never waits on the network. It
// wakes on the server's NOTIFY, on syncNow() (after a local change), or on
// the poll interval; failures back off exponentially with jitter.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    using ServerFactory =
        std::function<Result<std::unique_ptr<SyncServer>>(const RegisteredTerminal &)>;

    struct Options
    {
        int pollIntervalMs = 15000;
        int minBackoffMs = 1000;
        int maxBackoffMs = 60000;
        SyncEngine::Options engine;
    };

    SyncWorker(QString storePath, ServerFactory factory, Options options,
               const Clock &clock = Clock::system());
    ~SyncWorker() override;

    // The next delay after `failures` failed rounds in a row: doubling from
    // minBackoffMs up to maxBackoffMs, times a random factor in [0.5, 1.5) so
    // that terminals coming back together do not all knock at once.
    static int backoffMs(int failures, const Options &options, double jitter01);

public slots:
    void start();
    void syncNow();
    void stop();

signals:
    void statusChanged(const bodega::SyncStatus &status);
    void roundFailed(const QString &message);
    void stopped();

private:
    void tick();
    void round();
    void publish(qint64 changedByOthers = 0);
    void finish();

    QString m_storePath;
    ServerFactory m_factory;
    Options m_options;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncJournal> m_journal;
    std::unique_ptr<SyncServer> m_server;
    std::unique_ptr<SyncEngine> m_engine;
    bool m_running = false;
    bool m_inRound = false;
    bool m_nudged = true;
    bool m_online = false;
    int m_failures = 0;
    qint64 m_nextRoundMs = 0;
    qint64 m_lastRoundMs = 0;
};

} // namespace bodega

Q_DECLARE_METATYPE(bodega::SyncStatus)
