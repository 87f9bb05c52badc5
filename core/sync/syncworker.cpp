#include "syncworker.h"

#include "storage/database.h"
#include "sync/terminalregistration.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <cmath>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace bodega {

namespace {
// How long one wait for a NOTIFY may block the worker's event loop, so that
// syncNow() and stop() are seen promptly.
constexpr int kListenSliceMs = 250;
} // namespace

SyncWorker::SyncWorker(QString storePath, ServerFactory factory, Options options,
                       const Clock &clock)
    : m_storePath(std::move(storePath)), m_factory(std::move(factory)), m_options(options),
      m_clock(clock)
{
    qRegisterMetaType<bodega::SyncStatus>();
}

SyncWorker::~SyncWorker() = default;

int SyncWorker::backoffMs(int failures, const Options &o, double jitter01)
{
    const double base =
        std::min<double>(o.maxBackoffMs, o.minBackoffMs * std::pow(2.0, std::max(0, failures - 1)));
    return int(base * (0.5 + jitter01));
}

void SyncWorker::start()
{
    m_running = true;
    m_nudged = true;
    QTimer::singleShot(0, this, &SyncWorker::tick);
}

void SyncWorker::syncNow()
{
    m_nudged = true;
    m_nextRoundMs = 0; // a person is waiting: skip the backoff
}

void SyncWorker::stop()
{
    m_running = false;
    // A round may be waiting in a nested event loop (a keychain prompt): the
    // teardown then happens when it returns, not under its feet.
    if (!m_inRound)
        finish();
}

void SyncWorker::finish()
{
    m_engine.reset();
    m_server.reset();
    m_journal.reset();
    m_db.reset();
    emit stopped();
}

void SyncWorker::tick()
{
    if (!m_running)
        return;
    const qint64 now = m_clock.nowMs();
    if (now < m_nextRoundMs) {
        QTimer::singleShot(int(std::min<qint64>(kListenSliceMs, m_nextRoundMs - now)), this,
                           &SyncWorker::tick);
        return;
    }
    bool wake = m_nudged || !m_online || now - m_lastRoundMs >= m_options.pollIntervalMs;
    if (!wake && m_server) {
        auto notified = m_server->waitForChange(kListenSliceMs);
        wake = !notified || *notified;
    }
    if (wake) {
        m_nudged = false;
        round();
    }
    if (m_running)
        QTimer::singleShot(0, this, &SyncWorker::tick);
}

void SyncWorker::round()
{
    m_inRound = true;
    m_lastRoundMs = m_clock.nowMs();
    Status s;
    if (!m_db) {
        auto db = Database::open(m_storePath);
        if (!db) {
            s = db.error();
        } else {
            m_db = std::move(*db);
            m_journal = std::make_unique<SyncJournal>(*m_db, m_clock);
        }
    }
    if (s && !m_engine) {
        auto terminal = m_journal->registration();
        if (!terminal) {
            s = terminal.error();
        } else if (auto server = m_factory(*terminal); !server) {
            s = server.error();
        } else {
            m_server = std::move(*server);
            m_engine = std::make_unique<SyncEngine>(*m_journal, *m_server, m_options.engine);
        }
    }
    qint64 changedByOthers = 0;
    if (s && m_running) {
        auto report = m_engine->runOnce(); // notes its own failures in the journal
        if (!report)
            s = report.error();
        else
            changedByOthers = report->fromOthers;
    } else if (!s && m_journal) {
        m_journal->recordFailure(s.error().message); // e.g. a missing password
    }
    m_inRound = false;
    if (!m_running) {
        finish();
        return;
    }
    m_online = s.ok();
    if (s) {
        m_failures = 0;
        m_nextRoundMs = 0;
    } else {
        ++m_failures;
        const int delay =
            backoffMs(m_failures, m_options, QRandomGenerator::global()->generateDouble());
        m_nextRoundMs = m_clock.nowMs() + delay;
        qCInfo(lcSync) << "sync round failed, next try in" << delay << "ms:" << s.error().message;
        emit roundFailed(s.error().message);
    }
    publish(changedByOthers);
}

void SyncWorker::publish(qint64 changedByOthers)
{
    SyncStatus st;
    if (m_journal) {
        if (auto read = m_journal->status())
            st = *read;
        else
            qCWarning(lcSync) << "cannot read the sync status:" << read.error().message;
    }
    st.online = m_online;
    st.changedByOthers = changedByOthers;
    emit statusChanged(st);
}

} // namespace bodega
