#pragma once

#include "pgcluster.h"
#include "security/credentialstore.h"
#include "storage/database.h"
#include "sync/serveraddress.h"
#include "sync/syncserver.h"
#include "sync/terminalregistration.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace bodega::bench {

// Everything bodega_sync_bench measures against: a private PostgreSQL 15
// cluster in /tmp/bodega-syncbench-XXXXXX, a migrated server database with
// one registered terminal (T01 of store "Bodega Bench"), and a local store
// file holding that terminal's outbox with `events` pending sale.completed
// events. Built lazily by the first benchmark that needs it; torn down by
// teardown() (or by the signal handler) so no server outlives the run.
class SyncBenchEnv
{
public:
    // Sets the environment up on first use; exits the process with a message
    // when that fails (a benchmark without its data is meaningless).
    static SyncBenchEnv &get();
    // Stops the cluster and removes the temporary directory. Safe to call
    // when nothing was set up.
    static void teardown();

    // BODEGA_BENCH_EVENTS (default 100,000).
    static int configuredEvents();
    // BODEGA_BENCH_PRODUCTS (default 1,000,000): the bootstrap catalog.
    static int configuredProducts();
    // BODEGA_BENCH_BASELINE_EVENTS (default 5,000, at most events()): how
    // many of the same envelopes, from the first, the apply_events-per-event
    // baseline sends. The plain-INSERT baseline always sends all of them.
    static int configuredBaselineEvents();
    // BODEGA_BENCH_PG_FSYNC: "on" (default; what a production server runs)
    // or "off" (the test cluster's own setting). With "on", or with extra
    // postmaster options in BODEGA_BENCH_PG_OPTIONS (e.g. auto_explain for
    // profiling), the cluster is restarted on the same port with them.
    static bool configuredPgFsync();

    int events() const { return m_events; }
    const QString &dir() const { return m_dir; }
    test::PgCluster &cluster() { return *m_cluster; }
    const ServerAddress &owner() const { return m_owner; }
    const QString &ownerPassword() const { return m_ownerPassword; }
    const RegisteredTerminal &terminal() const { return m_terminal; }
    CredentialStore &credentials() { return *m_credentials; }
    double fixtureSeconds() const { return m_fixtureSeconds; }
    int fixtureProducts() const { return m_fixtureProducts; }

    // Puts the server back to its state right after the fixture's product
    // drain: no sales, movements, idempotency records, feed rows or raw
    // baseline rows; the stock levels as they were; then a CHECKPOINT so no
    // earlier iteration's dirty pages are flushed during the next one.
    Status resetServer();

    // A fresh copy of the fixture store (all events pending), opened as the
    // app opens it (Database::open: WAL, synchronous=FULL).
    Result<std::unique_ptr<Database>> openWorkCopy();

    // The same N envelopes the upload sends, each as a one-element JSON
    // array (what apply_events takes), in outbox order.
    const std::vector<std::string> &singleEventBatches();
    // The same envelopes as bare JSON objects, with their event ids.
    const std::vector<std::pair<std::string, std::string>> &rawEvents();

    // libpq connection strings for the terminal's own login and the owner.
    std::string terminalConnection(const QString &applicationName) const;
    std::string ownerConnection(const QString &applicationName) const;

    // The bootstrap server: a second database with a store of `products`
    // products (generated server-side) and the owner's address; built once.
    struct BootstrapServer
    {
        ServerAddress owner;
        QString ownerPassword;
        QString storeName;
        int products = 0;
        double generateSeconds = 0;
    };
    const BootstrapServer &bootstrapServer(int products);

    ~SyncBenchEnv();

private:
    SyncBenchEnv() = default;
    void setUp();
    void buildFixture();
    void loadEnvelopes();

    QString m_dir;
    std::unique_ptr<test::PgCluster> m_cluster;
    ServerAddress m_owner;
    QString m_ownerPassword;
    std::unique_ptr<FileCredentialStore> m_credentials;
    RegisteredTerminal m_terminal;
    QString m_fixturePath;
    int m_events = 0;
    int m_fixtureProducts = 0;
    double m_fixtureSeconds = 0;
    std::vector<std::string> m_singleBatches;
    std::vector<std::pair<std::string, std::string>> m_rawEvents;
    std::unique_ptr<BootstrapServer> m_boot;
};

// Aborts the benchmark run: prints the message, tears the environment down,
// exits with status 1.
[[noreturn]] void syncBenchFatal(const QString &message);

} // namespace bodega::bench
