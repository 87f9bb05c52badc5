// bodegactl's server and sync commands (issue 3): the same BodegaCtl class,
// kept apart from the catalog commands.
#include "bodegactl.h"

#include "platform/keychaincredentialstore.h"

#include "sync/pgsyncserver.h"
#include "sync/servermigrator.h"
#include "sync/syncengine.h"
#include "sync/syncjournal.h"
#include "sync/syncworker.h"
#include "sync/terminalregistration.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace bodega {

namespace {

// The owner's password: typed in the URL, or from the environment so that it
// stays out of shell history and process lists.
QString ownerPassword(const ServerAddress &a)
{
    if (!a.password.isEmpty())
        return a.password;
    const QString fromEnv = qEnvironmentVariable("BODEGA_SERVER_PASSWORD");
    return fromEnv.isEmpty() ? qEnvironmentVariable("PGPASSWORD") : fromEnv;
}

QJsonObject statusJson(const SyncStatus &s)
{
    return QJsonObject{
        {QStringLiteral("registered"), s.registered},
        {QStringLiteral("online"), s.online},
        {QStringLiteral("pending"), s.pending},
        {QStringLiteral("quarantined"), s.quarantined},
        {QStringLiteral("cursor"), s.cursor},
        {QStringLiteral("last_sync"), s.lastSync.isEmpty() ? QJsonValue() : QJsonValue(s.lastSync)},
        {QStringLiteral("last_error"), s.lastError},
        {QStringLiteral("server"), s.server}};
}

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &c, 1);
}

} // namespace

Result<ServerAddress> BodegaCtl::takeServerUrl()
{
    auto url = takeOption(QStringLiteral("--url"));
    if (!url || url->isEmpty())
        return Error{
            ErrorCode::Usage, tr("--url postgresql://USER@HOST:PORT/DATABASE is required"), {}};
    return ServerAddress::parse(*url);
}

int BodegaCtl::cmdServerMigrate()
{
    auto address = takeServerUrl();
    if (!address)
        return fail(address.error());
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    auto report = ServerMigrator::migrate(*address, ownerPassword(*address));
    if (!report)
        return fail(report.error());
    return succeed(
        QJsonObject{{QStringLiteral("from_version"), report->from},
                    {QStringLiteral("schema_version"), report->to},
                    {QStringLiteral("server"), address->toUrl()}},
        report->from == report->to
            ? tr("Server schema already at version %1").arg(report->to)
            : tr("Server schema migrated from version %1 to %2").arg(report->from).arg(report->to));
}

int BodegaCtl::cmdSyncRegister()
{
    auto address = takeServerUrl();
    if (!address)
        return fail(address.error());
    const auto store = takeOption(QStringLiteral("--store"));
    const auto code = takeOption(QStringLiteral("--terminal"));
    if (!store || store->isEmpty())
        return usage(tr("--store NAME is required"));
    if (!code || code->isEmpty())
        return usage(tr("--terminal CODE is required"));
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(true); !s)
        return fail(s.error());
    if (auto s = m_catalog->settings().initialize(); !s)
        return fail(s.error());
    KeychainCredentialStore credentials(FileCredentialStore::defaultDirectory());
    auto t = TerminalRegistration::registerTerminal(*m_db, credentials, *address,
                                                    ownerPassword(*address), *store, *code);
    if (!t)
        return fail(t.error());
    return succeed(
        QJsonObject{{QStringLiteral("terminal_id"), t->terminalId},
                    {QStringLiteral("terminal"), t->code},
                    {QStringLiteral("store_id"), t->storeId},
                    {QStringLiteral("store"), t->storeName},
                    {QStringLiteral("role"), t->role},
                    {QStringLiteral("server"), t->address.toUrl()}},
        tr("Registered terminal %1 of store %2 (id %3)").arg(t->code, t->storeName, t->terminalId));
}

int BodegaCtl::cmdSyncRun()
{
    const bool once = takeFlag(QStringLiteral("--once"));
    SyncEngine::Options options;
    if (auto batch = takeOption(QStringLiteral("--batch"))) {
        options.batchSize = batch->toInt();
        if (options.batchSize < 1 || options.batchSize > 10000)
            return fail(
                Error::validation(QStringLiteral("batch"), tr("--batch must be 1 to 10000")));
    }
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (!once)
        return usage(tr("sync run needs --once (or use sync daemon)"));
    if (auto s = openStore(false); !s)
        return fail(s.error());
    SyncJournal journal(*m_db, Clock::system());
    auto terminal = journal.registration();
    if (!terminal)
        return fail(terminal.error());
    KeychainCredentialStore credentials(FileCredentialStore::defaultDirectory());
    auto server = PgSyncServer::forTerminal(*terminal, credentials);
    if (!server)
        return fail(server.error());
    SyncEngine engine(journal, **server, options);
    auto report = engine.runOnce();
    if (!report)
        return fail(report.error());
    auto counts = journal.counts();
    if (!counts)
        return fail(counts.error());
    return succeed(QJsonObject{{QStringLiteral("applied"), report->applied},
                               {QStringLiteral("duplicates"), report->duplicates},
                               {QStringLiteral("quarantined"), report->quarantined},
                               {QStringLiteral("downloaded"), report->downloaded},
                               {QStringLiteral("bootstrapped"), report->bootstrapped},
                               {QStringLiteral("pending"), counts->pending},
                               {QStringLiteral("quarantined_total"), counts->quarantined},
                               {QStringLiteral("cursor"), journal.cursor().value_or(0)}},
                   tr("Uploaded %1 events (%2 already on the server, %3 quarantined); "
                      "downloaded %4 changes; %5 waiting")
                       .arg(report->applied)
                       .arg(report->duplicates)
                       .arg(report->quarantined)
                       .arg(report->downloaded + report->bootstrapped)
                       .arg(counts->pending));
}

int BodegaCtl::cmdSyncStatus()
{
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    SyncJournal journal(*m_db, Clock::system());
    auto status = journal.status();
    if (!status)
        return fail(status.error());
    SyncStatus st = *status;
    if (auto terminal = journal.registration()) {
        // Online means: this terminal can reach the server and log in now.
        KeychainCredentialStore credentials(FileCredentialStore::defaultDirectory());
        if (auto server = PgSyncServer::forTerminal(*terminal, credentials))
            st.online = (*server)->connect().ok();
    }
    return succeed(
        statusJson(st),
        tr("Server: %1 (%2)\nWaiting: %3\nQuarantined: %4\nLast sync: %5\nCursor: %6%7")
            .arg(st.registered ? st.server : tr("not registered"),
                 st.online ? tr("online") : tr("offline"))
            .arg(st.pending)
            .arg(st.quarantined)
            .arg(st.lastSync.isEmpty() ? tr("never") : st.lastSync)
            .arg(st.cursor)
            .arg(st.lastError.isEmpty() ? QString() : tr("\nLast error: %1").arg(st.lastError)));
}

int BodegaCtl::cmdSyncDaemon()
{
    SyncWorker::Options options;
    if (auto poll = takeOption(QStringLiteral("--poll-ms")))
        options.pollIntervalMs = std::max(100, poll->toInt());
    if (auto s = expectNoMoreArguments(); !s)
        return fail(s.error());
    if (auto s = openStore(false); !s)
        return fail(s.error());
    if (auto t = SyncJournal(*m_db, Clock::system()).registration(); !t)
        return fail(t.error());
    m_catalog.reset();
    m_db.reset(); // the worker opens its own connection on its own thread

    if (::pipe(g_signalPipe) != 0)
        return fail(Error{ErrorCode::Internal, QStringLiteral("pipe() failed"), {}});
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);

    KeychainCredentialStore credentials(FileCredentialStore::defaultDirectory());
    auto factory = [&credentials](const RegisteredTerminal &t) {
        return PgSyncServer::forTerminal(t, credentials);
    };
    QThread thread;
    thread.setObjectName(QStringLiteral("sync"));
    auto *worker = new SyncWorker(m_dbPath, factory, options);
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, worker, &SyncWorker::start);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(worker, &SyncWorker::stopped, &thread, &QThread::quit);
    QObject::connect(
        worker, &SyncWorker::statusChanged, worker,
        [json = m_json](const SyncStatus &st) {
            if (json)
                out() << QJsonDocument(statusJson(st)).toJson(QJsonDocument::Compact) << '\n';
            else
                out() << tr("%1: %2 waiting, %3 quarantined, cursor %4")
                             .arg(st.online ? tr("online") : tr("offline"))
                             .arg(st.pending)
                             .arg(st.quarantined)
                             .arg(st.cursor)
                      << '\n';
            out().flush();
        },
        Qt::DirectConnection);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, worker, &SyncWorker::stop);
    QObject::connect(&thread, &QThread::finished, qApp, &QCoreApplication::quit);
    // The nightly sales report on this (otherwise idle) thread with its own
    // connection: at start for what was missed, then every minute.
    auto reportsDb = Database::openExisting(m_dbPath);
    QTimer nightlyTimer;
    const auto runNightly = [&] {
        if (!reportsDb)
            return;
        auto written =
            NightlyReports(**reportsDb, Clock::system(), m_dbPath, dailyReportPdf()).runDue();
        if (!written)
            qWarning("nightly report failed: %s", qPrintable(written.error().message));
        else if (!written->isEmpty())
            qInfo("nightly report written: %s", qPrintable(written->join(QStringLiteral(", "))));
    };
    QObject::connect(&nightlyTimer, &QTimer::timeout, runNightly);
    nightlyTimer.start(60 * 1000);
    QTimer::singleShot(0, runNightly);
    thread.start();
    QCoreApplication::exec();
    thread.wait();
    return Ok;
}

} // namespace bodega
