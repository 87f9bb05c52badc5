#include "sync_fixture.h"

#include "ai/offlineengine.h"
#include "catalog/catalogservice.h"
#include "domain/barcode.h"
#include "storage/outbox.h"
#include "storage/storesettings.h"
#include "sync/pgsyncserver.h"
#include "sync/servermigrator.h"
#include "sync/syncengine.h"
#include "sync/syncjournal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <pqxx/pqxx>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace bodega::bench {

namespace {

constexpr int kDefaultEvents = 100000;
constexpr int kDefaultProducts = 1000000;
// apply_events costs 6-9 ms per call whatever the batch size (see README), so
// sending all 100,000 events one by one would take 10-15 minutes; by default
// the per-event baseline sends the first 5,000 of the same envelopes.
constexpr int kDefaultBaselineEvents = 5000;
// Products of the upload fixture: the sales are spread over them.
constexpr int kFixtureProducts = 300;
// Enough stock that no sale crosses a low-stock threshold, so the outbox
// holds exactly N sale.completed events and no stock.low ones.
constexpr qint64 kFixtureStockUnits = 1000000;
// Sales per fixture transaction (see buildFixture()).
constexpr int kSalesPerCommit = 5000;
const QString kStoreName = QStringLiteral("Bodega Bench");
const QString kBootStoreName = QStringLiteral("Bodega Bench Central");

std::unique_ptr<SyncBenchEnv> g_env;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

void progress(const QString &message)
{
    std::fprintf(stderr, "[sync-bench] %s\n", qPrintable(message));
    std::fflush(stderr);
}

// --- Clean-up on SIGINT / SIGTERM -------------------------------------------
// A run interrupted with Ctrl-C must not leave a postmaster behind. The
// handler only uses async-signal-safe calls: fork, execv, waitpid, _exit.

char g_sigDir[256];
char g_sigDataDir[300];
char g_sigPgCtl[300];
bool g_sigRoot = false;

void runAndWait(const char *path, char *const argv[])
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::execv(path, argv);
        ::_exit(127);
    }
    if (pid > 0)
        ::waitpid(pid, nullptr, 0);
}

void onSignal(int sig)
{
    if (g_sigDataDir[0] != '\0') {
        char mode[] = "immediate";
        char dashD[] = "-D";
        char dashM[] = "-m";
        char dashW[] = "-w";
        char stop[] = "stop";
        if (g_sigRoot) {
            char runuser[] = "/usr/sbin/runuser";
            char dashU[] = "-u";
            char postgres[] = "postgres";
            char dashes[] = "--";
            char *const argv[] = {runuser,      dashU, postgres, dashes, g_sigPgCtl, dashD,
                                  g_sigDataDir, dashM, mode,     dashW,  stop,       nullptr};
            runAndWait(runuser, argv);
        } else {
            char *const argv[] = {g_sigPgCtl, dashD, g_sigDataDir, dashM,
                                  mode,       dashW, stop,         nullptr};
            runAndWait(g_sigPgCtl, argv);
        }
    }
    if (g_sigDir[0] != '\0') {
        char rm[] = "/bin/rm";
        char rf[] = "-rf";
        char *const argv[] = {rm, rf, g_sigDir, nullptr};
        runAndWait(rm, argv);
    }
    ::_exit(128 + sig);
}

void copyInto(char *dst, std::size_t size, const QString &value)
{
    const QByteArray bytes = QFile::encodeName(value);
    if (std::size_t(bytes.size()) >= size) {
        dst[0] = '\0';
        return;
    }
    std::memcpy(dst, bytes.constData(), std::size_t(bytes.size()) + 1);
}

void armSignalCleanup(const QString &dir)
{
    copyInto(g_sigDir, sizeof g_sigDir, dir);
    copyInto(g_sigDataDir, sizeof g_sigDataDir, dir + QStringLiteral("/pg/data"));
    copyInto(
        g_sigPgCtl, sizeof g_sigPgCtl,
        qEnvironmentVariable("BODEGA_PG_BINDIR", QStringLiteral("/usr/lib/postgresql/15/bin")) +
            QStringLiteral("/pg_ctl"));
    g_sigRoot = ::geteuid() == 0;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

void disarmSignalCleanup()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_sigDir[0] = g_sigDataDir[0] = '\0';
}

// Directories left by a run that was killed (SIGKILL, a crash): their
// owner.pid names a process that no longer exists.
void removeStaleRuns()
{
    const QDir tmp(QStringLiteral("/tmp"));
    for (const QString &name :
         tmp.entryList({QStringLiteral("bodega-syncbench-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = tmp.filePath(name);
        QFile pidFile(dir + QStringLiteral("/owner.pid"));
        if (!pidFile.open(QIODevice::ReadOnly))
            continue;
        bool ok = false;
        const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong(&ok));
        if (!ok || pid <= 0 || ::kill(pid, 0) == 0 || errno != ESRCH)
            continue;
        progress(QStringLiteral("removing %1 left by an earlier run (pid %2)")
                     .arg(dir)
                     .arg(qint64(pid)));
        QString error;
        test::PgCluster::removeCluster(dir + QStringLiteral("/pg"), &error);
        QDir(dir).removeRecursively();
    }
}

// pg_ctl start on an existing cluster made by PgCluster::start (same port,
// same socket directory, same log), as its `postgres` user when we are root.
bool startPostmaster(const QString &clusterDir, int port, bool fsync, const QString &extra,
                     QString *error)
{
    QString options = QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k '%2/sock' "
                                     "-c max_connections=200 -c fsync=%3")
                          .arg(QString::number(port), clusterDir,
                               fsync ? QStringLiteral("on") : QStringLiteral("off"));
    if (!extra.isEmpty())
        options += QLatin1Char(' ') + extra;
    const QString pgCtl =
        qEnvironmentVariable("BODEGA_PG_BINDIR", QStringLiteral("/usr/lib/postgresql/15/bin")) +
        QStringLiteral("/pg_ctl");
    QStringList args{QStringLiteral("-D"),
                     clusterDir + QStringLiteral("/data"),
                     QStringLiteral("-l"),
                     clusterDir + QStringLiteral("/postgres.log"),
                     QStringLiteral("-w"),
                     QStringLiteral("-t"),
                     QStringLiteral("60"),
                     QStringLiteral("-o"),
                     options,
                     QStringLiteral("start")};
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(clusterDir);
    if (::geteuid() == 0)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), pgCtl} +
                          args);
    else
        process.start(pgCtl, args);
    const bool finished = process.waitForFinished(120 * 1000);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAll()).trimmed();
        return false;
    }
    return true;
}

Product fixtureProduct(int i)
{
    static const char *const nouns[] = {"Arroz",
                                        "Leche entera",
                                        "Café molido",
                                        "Aceite de girasol",
                                        "Panela",
                                        "Atún",
                                        "Galletas",
                                        "Detergente",
                                        "Jabón de barra",
                                        "Papel higiénico",
                                        "Pan tajado",
                                        "Gaseosa",
                                        "Yogur",
                                        "Frijol",
                                        "Chocolate de mesa"};
    static const char *const categories[] = {
        "Granos y abarrotes", "Lácteos y huevos",   "Café y chocolate", "Aceites y salsas",
        "Granos y abarrotes", "Enlatados",          "Snacks y dulces",  "Aseo del hogar",
        "Aseo del hogar",     "Cuidado personal",   "Panadería",        "Bebidas",
        "Lácteos y huevos",   "Granos y abarrotes", "Café y chocolate"};
    static const char *const brands[] = {
        "Diana", "Alpina",  "Sello Rojo", "Premier",  "Noel",    "Van Camps", "Ariel",
        "Rey",   "Familia", "Bimbo",      "Postobón", "Colanta", "Corona",    "Roa",
        "Zenú",  "Doria",   "Fruco",      "Quesada",  "Ramo",    "Nutresa"};
    constexpr int nNouns = int(sizeof nouns / sizeof *nouns);
    constexpr int nBrands = int(sizeof brands / sizeof *brands);
    const int noun = i % nNouns;
    const QString brand = QString::fromUtf8(brands[(i / nNouns) % nBrands]);
    Product p;
    p.name = QStringLiteral("%1 %2 %3 g")
                 .arg(QString::fromUtf8(nouns[noun]), brand)
                 .arg(250 * (1 + i % 4));
    p.sku = QStringLiteral("SB-%1").arg(i, 5, 10, QLatin1Char('0'));
    p.barcode = Barcode::withCheckDigit(QStringLiteral("7709%1").arg(i, 8, 10, QLatin1Char('0')));
    p.keywords = {QString::fromUtf8(nouns[noun]).toLower(), brand.toLower()};
    p.category = QString::fromUtf8(categories[noun]);
    p.description = QStringLiteral("%1 marca %2.").arg(QString::fromUtf8(nouns[noun]), brand);
    p.price = Money(1900 + 100 * (i * 37 % 300), QStringLiteral("COP"));
    p.cost = Money(p.price.minor() * 7 / 10, QStringLiteral("COP"));
    return p;
}

// Runs statements as the owner of a server database: all in one transaction
// when inOneTx, else each on its own (autocommit, as VACUUM needs). Throws
// nothing.
Status ownerExec(const std::string &connection, const QStringList &statements, bool inOneTx)
{
    try {
        pqxx::connection c(connection);
        if (inOneTx) {
            pqxx::work tx(c);
            for (const QString &sql : statements)
                tx.exec0(sql.toStdString());
            tx.commit();
        } else {
            pqxx::nontransaction tx(c);
            for (const QString &sql : statements)
                tx.exec0(sql.toStdString());
        }
        return {};
    } catch (const std::exception &e) {
        return Error::storage(QString::fromUtf8(e.what()).trimmed());
    }
}

} // namespace

void syncBenchFatal(const QString &message)
{
    std::fprintf(stderr, "bodega_sync_bench: %s\n", qPrintable(message));
    std::fflush(stderr);
    SyncBenchEnv::teardown();
    std::exit(1);
}

int SyncBenchEnv::configuredEvents()
{
    return envInt("BODEGA_BENCH_EVENTS", kDefaultEvents);
}

int SyncBenchEnv::configuredProducts()
{
    return envInt("BODEGA_BENCH_PRODUCTS", kDefaultProducts);
}

int SyncBenchEnv::configuredBaselineEvents()
{
    return std::min(envInt("BODEGA_BENCH_BASELINE_EVENTS", kDefaultBaselineEvents),
                    configuredEvents());
}

bool SyncBenchEnv::configuredPgFsync()
{
    return qEnvironmentVariable("BODEGA_BENCH_PG_FSYNC", QStringLiteral("on")).toLower() !=
           QLatin1String("off");
}

SyncBenchEnv &SyncBenchEnv::get()
{
    if (!g_env) {
        g_env.reset(new SyncBenchEnv);
        g_env->setUp();
    }
    return *g_env;
}

void SyncBenchEnv::teardown()
{
    g_env.reset();
}

SyncBenchEnv::~SyncBenchEnv()
{
    if (m_cluster) {
        if (!m_cluster->stop())
            std::fprintf(stderr, "bodega_sync_bench: %s\n", qPrintable(m_cluster->lastError()));
        m_cluster.reset();
    }
    if (!m_dir.isEmpty()) {
        QString error;
        test::PgCluster::removeCluster(m_dir + QStringLiteral("/pg"), &error);
        QDir(m_dir).removeRecursively();
    }
    disarmSignalCleanup();
}

void SyncBenchEnv::setUp()
{
    QElapsedTimer total;
    total.start();
    m_events = configuredEvents();
    removeStaleRuns();

    QByteArray pattern("/tmp/bodega-syncbench-XXXXXX");
    if (!::mkdtemp(pattern.data()))
        syncBenchFatal(
            QStringLiteral("mkdtemp failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    m_dir = QFile::decodeName(pattern);
    // The cluster runs as `postgres` when we are root: it must traverse this.
    ::chmod(pattern.constData(), 0711);
    armSignalCleanup(m_dir);
    {
        QFile pid(m_dir + QStringLiteral("/owner.pid"));
        if (pid.open(QIODevice::WriteOnly))
            pid.write(QByteArray::number(qint64(::getpid())));
    }

    QString error;
    m_cluster = test::PgCluster::start(m_dir + QStringLiteral("/pg"), &error);
    if (!m_cluster)
        syncBenchFatal(QStringLiteral("cannot start PostgreSQL: %1").arg(error));
    // PgCluster starts the server with `-c fsync=off` (fast tests), and a
    // command-line setting beats ALTER SYSTEM. A real central server flushes
    // its WAL on every commit, which is exactly the cost a one-event-per-
    // round-trip sender pays N times; so by default restart the same cluster
    // (same port and socket) without that option.
    const QString extra = qEnvironmentVariable("BODEGA_BENCH_PG_OPTIONS");
    if (configuredPgFsync() || !extra.isEmpty()) {
        if (!m_cluster->stop())
            syncBenchFatal(m_cluster->lastError());
        if (!startPostmaster(m_dir + QStringLiteral("/pg"), m_cluster->port(), configuredPgFsync(),
                             extra, &error))
            syncBenchFatal(QStringLiteral("cannot restart PostgreSQL: %1").arg(error));
    }
    const QStringList fsync = m_cluster->query(QStringLiteral("SHOW fsync"), &error);
    if (fsync.size() != 1)
        syncBenchFatal(QStringLiteral("cannot reach PostgreSQL: %1").arg(error));
    progress(QStringLiteral("PostgreSQL 15 on port %1 in %2 (fsync=%3)")
                 .arg(m_cluster->port())
                 .arg(m_dir, fsync.first()));

    const QString url = m_cluster->createDatabaseWithOwner(QStringLiteral("syncbench"), &error);
    if (url.isEmpty())
        syncBenchFatal(QStringLiteral("cannot create the server database: %1").arg(error));
    auto owner = ServerAddress::parse(url);
    if (!owner)
        syncBenchFatal(owner.error().message);
    m_owner = *owner;
    m_ownerPassword = m_owner.password;
    if (auto r = ServerMigrator::migrate(m_owner, m_ownerPassword); !r)
        syncBenchFatal(QStringLiteral("server migration failed: %1").arg(r.error().message));
    m_credentials = std::make_unique<FileCredentialStore>(m_dir + QStringLiteral("/credentials"));
    buildFixture();
    progress(QStringLiteral("environment ready in %1 s").arg(total.elapsed() / 1000.0, 0, 'f', 1));
}

// The upload fixture: a store registered as T01 whose outbox holds N pending
// sale.completed events, made through the real API (CatalogService::addProduct
// and CatalogService::sell), so the events are byte for byte what a till
// produces.
//
// Speed: each sell() is its own durable transaction (synchronous=FULL), about
// 1 ms on this VM, i.e. ~100 s for 100,000 sales plus the checkpoints. The
// sales here are instead grouped kSalesPerCommit to a transaction: the store
// layer lets a unit of work join an outer transaction (Transaction nests), and
// the rows and events are the same; only the number of fsyncs differs. It
// takes ~20 s for 100,000 sales. The fixture is built once per run and each
// iteration works on a copy of the file (openWorkCopy()).
void SyncBenchEnv::buildFixture()
{
    QElapsedTimer timer;
    timer.start();
    const QString buildPath = m_dir + QStringLiteral("/fixture-build.sqlite");
    m_fixturePath = m_dir + QStringLiteral("/fixture.sqlite");
    {
        auto opened = Database::open(buildPath);
        if (!opened)
            syncBenchFatal(opened.error().message);
        Database &db = **opened;
        OfflineEngine ai;
        CatalogService catalog(db, ai);
        if (auto s = catalog.settings().initialize(); !s)
            syncBenchFatal(s.error().message);
        auto registered = TerminalRegistration::registerTerminal(
            db, *m_credentials, m_owner, m_ownerPassword, kStoreName, QStringLiteral("T01"));
        if (!registered)
            syncBenchFatal(
                QStringLiteral("registration failed: %1").arg(registered.error().message));
        m_terminal = *registered;

        QStringList skus;
        if (auto s = db.begin(); !s)
            syncBenchFatal(s.error().message);
        for (int i = 0; i < kFixtureProducts; ++i) {
            auto p = catalog.addProduct(fixtureProduct(i), Quantity::fromUnits(kFixtureStockUnits),
                                        false);
            if (!p) {
                db.rollback();
                syncBenchFatal(QStringLiteral("addProduct: %1").arg(p.error().message));
            }
            skus << p->sku;
        }
        if (auto s = db.commit(); !s)
            syncBenchFatal(s.error().message);
        m_fixtureProducts = kFixtureProducts;

        // The products' own events go first, so that only sales are pending.
        {
            SyncJournal journal(db, Clock::system());
            auto server = PgSyncServer::forTerminal(m_terminal, *m_credentials);
            if (!server)
                syncBenchFatal(server.error().message);
            SyncEngine engine(journal, **server);
            auto report = engine.runOnce();
            if (!report)
                syncBenchFatal(QStringLiteral("product drain: %1").arg(report.error().message));
            auto counts = journal.counts();
            if (!counts || counts->pending != 0 || counts->quarantined != 0 ||
                report->applied != 2 * kFixtureProducts)
                syncBenchFatal(QStringLiteral("product drain left events behind (applied %1)")
                                   .arg(report->applied));
        }
        progress(QStringLiteral("%1 products added and drained in %2 s")
                     .arg(kFixtureProducts)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1));

        for (int done = 0; done < m_events;) {
            if (auto s = db.begin(); !s)
                syncBenchFatal(s.error().message);
            const int end = std::min(done + kSalesPerCommit, m_events);
            for (; done < end; ++done) {
                auto sale = catalog.sell(skus.at(done % skus.size()), Quantity::fromUnits(1));
                if (!sale) {
                    db.rollback();
                    syncBenchFatal(QStringLiteral("sell: %1").arg(sale.error().message));
                }
            }
            if (auto s = db.commit(); !s)
                syncBenchFatal(s.error().message);
        }
        SyncJournal journal(db, Clock::system());
        auto counts = journal.counts();
        if (!counts || counts->pending != m_events)
            syncBenchFatal(QStringLiteral("expected %1 pending events, found %2")
                               .arg(m_events)
                               .arg(counts ? counts->pending : -1));
        // Fold the WAL into the file so one file is the whole fixture.
        if (auto r = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
            syncBenchFatal(r.error().message);
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(buildPath + suffix);
    if (!QFile::rename(buildPath, m_fixturePath))
        syncBenchFatal(QStringLiteral("cannot rename %1").arg(buildPath));
    m_fixtureSeconds = timer.elapsed() / 1000.0;
    progress(QStringLiteral("fixture: %1 pending sale events, %2 MiB, built in %3 s")
                 .arg(m_events)
                 .arg(QFileInfo(m_fixturePath).size() / (1024.0 * 1024.0), 0, 'f', 1)
                 .arg(m_fixtureSeconds, 0, 'f', 1));

    // What resetServer() restores, and the raw-INSERT baseline's table.
    if (auto s = ownerExec(
            ownerConnection(QStringLiteral("bench-setup")),
            {QStringLiteral("CREATE TABLE public.bench_levels AS SELECT store_id, product_id, "
                            "qty_milli FROM bodega.stock_levels"),
             QStringLiteral("CREATE TABLE public.bench_raw_events (event_id uuid PRIMARY KEY, "
                            "body jsonb NOT NULL)")},
            true);
        !s)
        syncBenchFatal(s.error().message);
}

std::string SyncBenchEnv::terminalConnection(const QString &applicationName) const
{
    auto password = m_credentials->load(m_terminal.role);
    return m_terminal.address.connectionString(password.value_or(QString()), applicationName);
}

std::string SyncBenchEnv::ownerConnection(const QString &applicationName) const
{
    return m_owner.connectionString(m_ownerPassword, applicationName);
}

Status SyncBenchEnv::resetServer()
{
    if (auto s = ownerExec(
            ownerConnection(QStringLiteral("bench-reset")),
            {QStringLiteral("TRUNCATE bodega.sale_lines, bodega.sale_payments, bodega.sales, "
                            "bodega.stock_movements, bodega.stock_alerts, bodega.applied_events, "
                            "bodega.change_feed, public.bench_raw_events"),
             QStringLiteral("UPDATE bodega.stock_levels l SET qty_milli = b.qty_milli "
                            "FROM public.bench_levels b WHERE l.store_id = b.store_id "
                            "AND l.product_id = b.product_id AND l.qty_milli <> b.qty_milli")},
            true);
        !s)
        return s;
    if (auto s = ownerExec(ownerConnection(QStringLiteral("bench-reset")),
                           {QStringLiteral("VACUUM ANALYZE bodega.stock_levels, bodega.terminals")},
                           false);
        !s)
        return s;
    QString error;
    m_cluster->query(QStringLiteral("CHECKPOINT"), &error);
    if (!error.isEmpty())
        return Error::storage(error);
    return {};
}

Result<std::unique_ptr<Database>> SyncBenchEnv::openWorkCopy()
{
    const QString work = m_dir + QStringLiteral("/work.sqlite");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(work + suffix);
    if (!QFile::copy(m_fixturePath, work))
        return Error::storage(QStringLiteral("cannot copy %1 to %2").arg(m_fixturePath, work));
    // On disk before the clock starts, as a store in use is: otherwise the
    // kernel writes the copy's 138 MiB back whenever it likes, in the middle
    // of the measured upload and of the till's fsyncs.
    QFile copy(work);
    if (!copy.open(QIODevice::ReadWrite) || ::fsync(copy.handle()) != 0)
        return Error::storage(QStringLiteral("cannot flush %1 to disk").arg(work));
    copy.close();
    return Database::open(work);
}

void SyncBenchEnv::loadEnvelopes()
{
    auto db = openWorkCopy();
    if (!db)
        syncBenchFatal(db.error().message);
    const QString code = StoreSettings(**db).terminalCode();
    auto events = Outbox(**db, Clock::system()).pendingEnvelopes(code, m_events + 1);
    if (!events || events->size() != m_events)
        syncBenchFatal(QStringLiteral("cannot read the fixture's pending events"));
    m_singleBatches.reserve(std::size_t(m_events));
    m_rawEvents.reserve(std::size_t(m_events));
    for (const OutboxEnvelope &e : *events) {
        // Exactly what SyncEngine::sendBatch puts in its array.
        m_singleBatches.push_back(OutboxEnvelope::jsonArray({e}).toStdString());
        m_rawEvents.emplace_back(e.id.toStdString(), e.json.toStdString());
    }
}

const std::vector<std::string> &SyncBenchEnv::singleEventBatches()
{
    if (m_singleBatches.empty())
        loadEnvelopes();
    return m_singleBatches;
}

const std::vector<std::pair<std::string, std::string>> &SyncBenchEnv::rawEvents()
{
    if (m_rawEvents.empty())
        loadEnvelopes();
    return m_rawEvents;
}

// The bootstrap catalog: a second server database whose store holds
// `products` products and their levels, generated server-side in one INSERT
// ... SELECT generate_series (through the owner, not apply_events: the
// benchmark measures the download, not how the catalog got there). Rows look
// like what merge_product writes: a UUIDv7-shaped id, a unique SKU and a
// valid EAN-13, Spanish name/keywords/description/category, COP prices, and
// a field_hlc object with a stamp for every synced field.
const SyncBenchEnv::BootstrapServer &SyncBenchEnv::bootstrapServer(int products)
{
    if (m_boot)
        return *m_boot;
    QElapsedTimer timer;
    timer.start();
    auto boot = std::make_unique<BootstrapServer>();
    boot->products = products;
    boot->storeName = kBootStoreName;
    QString error;
    const QString url =
        m_cluster->createDatabaseWithOwner(QStringLiteral("syncbench_boot"), &error);
    if (url.isEmpty())
        syncBenchFatal(QStringLiteral("cannot create the bootstrap database: %1").arg(error));
    auto owner = ServerAddress::parse(url);
    if (!owner)
        syncBenchFatal(owner.error().message);
    boot->owner = *owner;
    boot->ownerPassword = owner->password;
    if (auto r = ServerMigrator::migrate(boot->owner, boot->ownerPassword); !r)
        syncBenchFatal(QStringLiteral("server migration failed: %1").arg(r.error().message));

    // A first terminal makes the store (register_terminal creates it).
    QString storeId;
    {
        auto db = Database::open(m_dir + QStringLiteral("/boot-b00.sqlite"));
        if (!db)
            syncBenchFatal(db.error().message);
        if (auto s = StoreSettings(**db).initialize(); !s)
            syncBenchFatal(s.error().message);
        auto t = TerminalRegistration::registerTerminal(**db, *m_credentials, boot->owner,
                                                        boot->ownerPassword, boot->storeName,
                                                        QStringLiteral("B00"));
        if (!t)
            syncBenchFatal(QStringLiteral("registration failed: %1").arg(t.error().message));
        storeId = t->storeId;
    }
    const std::string connection =
        boot->owner.connectionString(boot->ownerPassword, QStringLiteral("bench-generate"));
    try {
        pqxx::connection c(connection);
        pqxx::work tx(c);
        tx.exec0("CREATE FUNCTION pg_temp.ean13(d text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ "
                 "SELECT d || ((10 - (SELECT sum(substr(d, k, 1)::int * (CASE WHEN k % 2 = 0 "
                 "THEN 3 ELSE 1 END)) FROM generate_series(1, 12) k) % 10) % 10)::text $$");
        tx.exec_params0(
            "WITH a AS ("
            "  SELECT ARRAY['Arroz', 'Leche entera', 'Café molido', 'Aceite de girasol', "
            "'Panela', 'Atún en aceite', 'Galletas de soda', 'Detergente en polvo', "
            "'Jabón de barra', 'Papel higiénico', 'Pan tajado', 'Gaseosa', 'Yogur', 'Frijol', "
            "'Chocolate de mesa', 'Sardinas en tomate', 'Mayonesa', 'Salchicha', "
            "'Crema dental', 'Champú'] AS nouns,"
            "  ARRAY['Granos y abarrotes', 'Lácteos y huevos', 'Café y chocolate', "
            "'Aceites y salsas', 'Granos y abarrotes', 'Enlatados', 'Snacks y dulces', "
            "'Aseo del hogar', 'Aseo del hogar', 'Cuidado personal', 'Panadería', 'Bebidas', "
            "'Lácteos y huevos', 'Granos y abarrotes', 'Café y chocolate', 'Enlatados', "
            "'Aceites y salsas', 'Carnes frías', 'Cuidado personal', 'Cuidado personal'] AS cats,"
            "  ARRAY['Diana', 'Alpina', 'Sello Rojo', 'Premier', 'Noel', 'Van Camps', 'Ariel', "
            "'Rey', 'Familia', 'Bimbo', 'Postobón', 'Colanta', 'Corona', 'Roa', 'Zenú', "
            "'Doria', 'Fruco', 'Quesada', 'Ramo', 'Nutresa', 'Colgate', 'Sedal', 'La Constancia', "
            "'Del Monte', 'Frescampo'] AS brands,"
            "  (SELECT jsonb_object_agg(f, '1763000000000.000000.SRV') FROM unnest(ARRAY['sku', "
            "'barcode', 'name', 'keywords', 'description', 'category', 'unit', 'price', 'cost', "
            "'tax_rate_bp', 'threshold_milli', 'supplier', 'active']) f) AS hlc"
            "), g AS ("
            "  SELECT i, 1 + i % 20 AS n, 1 + (i / 20) % 25 AS b, 1900 + 100 * ((i * 37) % 400) "
            "AS price FROM generate_series(1, $2::int) i"
            "), ins AS ("
            "  INSERT INTO bodega.products (store_id, id, sku, barcode, name, keywords, "
            "description, description_generated, category, category_generated, unit, price, "
            "cost, currency, tax_rate_bp, threshold_milli, supplier, active, field_hlc, "
            "updated_at)"
            "  SELECT $1::uuid,"
            "    (lpad(to_hex(1763000000000 + g.i), 12, '0') || '7' || lpad(to_hex(g.i % 4096), "
            "3, '0') || '8' || lpad(to_hex((g.i / 4096) % 4096), 3, '0') || lpad(to_hex(g.i), "
            "12, '0'))::uuid,"
            "    'BOD-' || lpad(g.i::text, 12, '0'),"
            "    pg_temp.ean13('770' || lpad(g.i::text, 9, '0')),"
            "    a.nouns[g.n] || ' ' || a.brands[g.b] || ' ' || (125 * (1 + g.i % 16))::text || "
            "' g',"
            "    jsonb_build_array(lower(a.nouns[g.n]), lower(a.brands[g.b])),"
            "    a.nouns[g.n] || ' ' || a.brands[g.b] || ', presentación de ' || (125 * (1 + g.i "
            "% 16))::text || ' g. Producto de la tienda, listo para la venta.',"
            "    false, a.cats[g.n], false, 'unit', g.price, g.price * 7 / 10, 'COP',"
            "    (ARRAY[1900, 500, 0])[1 + g.i % 3], 10000, '', true, a.hlc, now()"
            "  FROM a, g"
            "  RETURNING store_id, id"
            ")"
            "INSERT INTO bodega.stock_levels (store_id, product_id, qty_milli) "
            "SELECT store_id, id, (abs(hashtext(id::text)) % 500) * 1000 FROM ins",
            storeId.toStdString(), products);
        tx.commit();
        pqxx::nontransaction maintenance(c);
        maintenance.exec0("VACUUM ANALYZE bodega.products, bodega.stock_levels");
    } catch (const std::exception &e) {
        syncBenchFatal(QStringLiteral("generating the bootstrap catalog: %1")
                           .arg(QString::fromUtf8(e.what()).trimmed()));
    }
    m_cluster->query(QStringLiteral("CHECKPOINT"), &error);
    boot->generateSeconds = timer.elapsed() / 1000.0;
    progress(QStringLiteral("bootstrap server: %1 products generated in %2 s")
                 .arg(products)
                 .arg(boot->generateSeconds, 0, 'f', 1));
    m_boot = std::move(boot);
    return *m_boot;
}

} // namespace bodega::bench
