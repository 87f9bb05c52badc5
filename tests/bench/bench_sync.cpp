// bodega_sync_bench: the sync benchmarks of issue 3 (see README.md).
//
//  - BM_SyncUpload/batch:{1000,5000}: SyncEngine::upload of N queued sale
//    events from a till's store into the central PostgreSQL.
//  - BM_SyncRunOnce/batch:1000: the whole round (`bodegactl sync run --once`):
//    the same upload, then the feed download that follows it.
//  - BM_BaselinePerEventApply: the same envelopes, one round trip and one
//    server transaction each (apply_events with a one-element array); the
//    first 5,000 of them by default (BODEGA_BENCH_BASELINE_EVENTS).
//  - BM_BaselinePerEventInsert: all N, one plain INSERT per event per round
//    trip into a bare table (event id + JSON body), the cheapest sender.
//  - BM_SyncBootstrap: a fresh terminal's first SyncEngine::runOnce against a
//    store of 1,000,000 products (COPY snapshot into SQLite).
//
// A private PostgreSQL 15 cluster lives in /tmp/bodega-syncbench-XXXXXX for
// the run (sync_fixture.cpp); the summary at the end prints the rates, the
// batched/per-event ratio and the verdicts against the targets.
#include "latency.h"
#include "sync_fixture.h"

#include "ai/offlineengine.h"
#include "catalog/catalogservice.h"
#include "storage/storesettings.h"
#include "sync/pgsyncserver.h"
#include "sync/syncengine.h"
#include "sync/syncjournal.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QThread>

#include <pqxx/pqxx>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace bodega::bench {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Forwards to the real PgSyncServer and notes where the time goes: inside
// apply() is the envelope array on the wire, applying it on the server (the
// part of it not already checked ahead) and its commit; everything else in an upload is the
// terminal's own work (reading the outbox, building the JSON, marking events sent). In a snapshot
// the product and level sinks are the terminal's SQLite work; the rest is the COPY stream and its
// parsing. One virtual call per batch or per row: nothing measurable next to the work itself.
class TimedServer final : public SyncServer
{
public:
    explicit TimedServer(SyncServer &inner) : m_inner(inner) {}

    Result<TerminalIdentity> connect() override { return m_inner.connect(); }
    void disconnect() override { m_inner.disconnect(); }
    Result<QVector<ApplyOutcome>> apply(const QByteArray &envelopesJson) override
    {
        return applyAndCheckNext(envelopesJson, {});
    }
    Result<QVector<ApplyOutcome>> applyAndCheckNext(const QByteArray &envelopesJson,
                                                    const QByteArray &nextEnvelopesJson) override
    {
        const auto t0 = Clock::now();
        auto r = m_inner.applyAndCheckNext(envelopesJson, nextEnvelopesJson);
        applySeconds += secondsSince(t0);
        ++applyCalls;
        return r;
    }
    void endUpload() override { m_inner.endUpload(); }
    Result<QVector<FeedEntry>> feedAfter(qint64 cursor, int limit) override
    {
        const auto t0 = Clock::now();
        if (!downloadStarted)
            downloadStarted = t0;
        auto r = m_inner.feedAfter(cursor, limit);
        feedSeconds += secondsSince(t0);
        return r;
    }
    Result<qint64> snapshot(const ProductSink &products, const LevelSink &levels) override
    {
        const auto t0 = Clock::now();
        if (!downloadStarted)
            downloadStarted = t0;
        auto r = m_inner.snapshot(
            [&](const Product &p) {
                const auto s0 = Clock::now();
                Status s = products(p);
                productSinkSeconds += secondsSince(s0);
                return s;
            },
            [&](const QString &id, qint64 qty) {
                const auto s0 = Clock::now();
                Status s = levels(id, qty);
                levelSinkSeconds += secondsSince(s0);
                return s;
            });
        snapshotSeconds += secondsSince(t0);
        return r;
    }
    Result<bool> waitForChange(int timeoutMs) override { return m_inner.waitForChange(timeoutMs); }

    // When the engine first asked for the feed or a snapshot: the end of
    // the upload part of a round.
    std::optional<Clock::time_point> downloadStarted;
    double applySeconds = 0;
    int applyCalls = 0;
    double feedSeconds = 0;
    double snapshotSeconds = 0;
    double productSinkSeconds = 0;
    double levelSinkSeconds = 0;

private:
    SyncServer &m_inner;
};

// What the summary prints.
struct RateResult
{
    double items = 0; // events or products, over all iterations
    double seconds = 0;
    std::vector<double> iterationSeconds;
    double rate() const { return seconds > 0 ? items / seconds : 0; }
};
std::map<std::string, RateResult> g_results;
std::map<std::string, std::string> g_notes;

void skip(benchmark::State &state, const QString &message)
{
    const std::string m = message.toStdString();
    state.SkipWithError(m.c_str());
}

// One upload round, set up while the timer is paused and destroyed the same
// way: closing the store (its WAL checkpoint) is not part of the upload.
struct UploadRun
{
    std::unique_ptr<Database> db;
    std::unique_ptr<SyncJournal> journal;
    std::unique_ptr<SyncServer> server;
    std::unique_ptr<TimedServer> timed;
    std::unique_ptr<SyncEngine> engine;
};

Result<std::unique_ptr<UploadRun>> prepareUpload(SyncBenchEnv &env, int batchSize,
                                                 qint64 maxEvents = -1)
{
    if (auto s = env.resetServer(); !s)
        return s.error();
    auto run = std::make_unique<UploadRun>();
    auto db = env.openWorkCopy();
    if (!db)
        return db.error();
    run->db = std::move(*db);
    run->journal = std::make_unique<SyncJournal>(*run->db, bodega::Clock::system());
    auto server = PgSyncServer::forTerminal(env.terminal(), env.credentials());
    if (!server)
        return server.error();
    run->server = std::move(*server);
    run->timed = std::make_unique<TimedServer>(*run->server);
    // Log in before the clock starts: one connection per round, as the sync
    // worker keeps it; the upload is what is measured.
    if (auto id = run->timed->connect(); !id)
        return id.error();
    SyncEngine::Options options;
    options.batchSize = batchSize;
    options.maxEvents = maxEvents;
    run->engine = std::make_unique<SyncEngine>(*run->journal, *run->timed, options);
    return run;
}

// The timed part of an upload benchmark: the engine's upload alone.
Status timedUpload(benchmark::State &state, UploadRun &run, SyncReport &report, double &seconds)
{
    state.ResumeTiming();
    const auto t0 = Clock::now();
    const Status uploaded = run.engine->upload(report);
    seconds = secondsSince(t0);
    state.PauseTiming();
    return uploaded;
}

QString checkDrained(UploadRun &run, const SyncReport &report, int events)
{
    auto counts = run.journal->counts();
    if (!counts)
        return counts.error().message;
    if (report.applied != events || counts->pending != 0 || counts->quarantined != 0)
        return QStringLiteral("applied %1 of %2 events; %3 pending, %4 quarantined")
            .arg(report.applied)
            .arg(events)
            .arg(counts->pending)
            .arg(counts->quarantined);
    return {};
}

// (a) SyncEngine::upload of the N pending events, from the same state every
// iteration: a fresh copy of the fixture store and a reset server.
void syncUpload(benchmark::State &state)
{
    SyncBenchEnv &env = SyncBenchEnv::get();
    const int batch = int(state.range(0));
    const int events = env.events();
    RateResult result;
    double applySeconds = 0;
    std::unique_ptr<UploadRun> run;
    for (auto _ : state) {
        state.PauseTiming();
        run.reset();
        auto prepared = prepareUpload(env, batch);
        if (!prepared) {
            skip(state, prepared.error().message);
            break;
        }
        run = std::move(*prepared);
        SyncReport report;
        double seconds = 0;
        const Status uploaded = timedUpload(state, *run, report, seconds);
        if (!uploaded) {
            skip(state, uploaded.error().message);
            break;
        }
        if (const QString problem = checkDrained(*run, report, events); !problem.isEmpty()) {
            skip(state, problem);
            break;
        }
        result.items += events;
        result.seconds += seconds;
        result.iterationSeconds.push_back(seconds);
        applySeconds += run->timed->applySeconds;
        state.ResumeTiming();
    }
    run.reset();
    if (result.seconds <= 0)
        return;
    state.counters["events"] = events;
    state.counters["events_per_s"] =
        benchmark::Counter(events, benchmark::Counter::kIsIterationInvariantRate);
    // Share of the upload spent inside PgSyncServer::apply (wire + server +
    // commit); the rest is the terminal's SQLite and JSON work.
    state.counters["server_share"] = applySeconds / result.seconds;
    g_results["upload/batch:" + std::to_string(batch)] = result;
}

// A till selling while its backlog drains. A second connection on the same
// store (the till's own, as in the app, where the sync worker has its own)
// sells one unit every 10 ms: first on an idle store, the baseline, then
// during SyncEngine::upload of the N queued events. Each sale is a durable
// write transaction, so it waits for whatever write the upload holds at that
// moment: marking a batch's outcomes sent (250 to a transaction, a
// millisecond apart).
void saleDuringUpload(benchmark::State &state)
{
    SyncBenchEnv &env = SyncBenchEnv::get();
    const int batch = int(state.range(0));
    const int events = env.events();
    constexpr int kIdleSales = 200;
    LatencyRecorder idle(kIdleSales);
    LatencyRecorder during(1000);
    LatencyRecorder lockWait(1000); // of each sale during the upload
    double uploadSeconds = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto prepared = prepareUpload(env, batch, events);
        if (!prepared) {
            skip(state, prepared.error().message);
            break;
        }
        std::unique_ptr<UploadRun> run = std::move(*prepared);
        const QString path = run->db->path();
        std::atomic<int> phase{0}; // 0 idle baseline, 1 during the upload, 2 stop
        std::atomic<bool> idleDone{false};
        QString saleError;
        int sales = 0;
        std::thread till([&] {
            auto db = Database::open(path);
            if (!db) {
                saleError = db.error().message;
                idleDone = true;
                return;
            }
            // As the GUI's till connection: its commits leave checkpoints to
            // another connection (here the sync worker's own).
            if (auto s = (*db)->setAutoCheckpoint(false); !s) {
                saleError = s.error().message;
                idleDone = true;
                return;
            }
            OfflineEngine ai;
            CatalogService catalog(**db, ai);
            QStringList skus;
            if (auto q =
                    (*db)->exec(QStringLiteral("SELECT sku FROM products ORDER BY sku LIMIT 50")))
                while (q->next())
                    skus << q->value(0).toString();
            if (skus.isEmpty())
                saleError = QStringLiteral("the store has no products");
            for (int i = 0; saleError.isEmpty(); ++i) {
                const int now = phase.load();
                if (now == 2)
                    break;
                Status sold;
                const auto waitedBefore = (*db)->lockWaited();
                const double us = timeUs([&] {
                    auto sale = catalog.sell(skus.at(i % skus.size()), Quantity::fromUnits(1));
                    if (!sale)
                        sold = sale.error();
                });
                if (!sold) {
                    saleError = sold.error().message;
                    break;
                }
                ++sales;
                if (now == 0) {
                    idle.add(us);
                    if (sales == kIdleSales)
                        idleDone = true;
                } else {
                    during.add(us);
                    lockWait.add(double(((*db)->lockWaited() - waitedBefore).count()));
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            idleDone = true;
        });
        while (!idleDone)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        phase = 1;
        SyncReport report;
        double seconds = 0;
        const Status uploaded = timedUpload(state, *run, report, seconds);
        phase = 2;
        till.join();
        if (!saleError.isEmpty()) {
            skip(state, QStringLiteral("sale at the till: %1").arg(saleError));
            break;
        }
        if (!uploaded) {
            skip(state, uploaded.error().message);
            break;
        }
        auto counts = run->journal->counts();
        // The till's own sales stay queued: the upload stops at the backlog.
        if (!counts || report.applied != events || counts->pending != sales) {
            skip(state, QStringLiteral("applied %1 of %2 events, %3 pending for %4 new sales")
                            .arg(report.applied)
                            .arg(events)
                            .arg(counts ? counts->pending : -1)
                            .arg(sales));
            break;
        }
        uploadSeconds += seconds;
        run.reset();
        state.ResumeTiming();
    }
    const auto i = idle.summary();
    const auto d = during.summary();
    if (d.n == 0)
        return;
    idle.report(state, "idle_");
    during.report(state, "during_");
    lockWait.report(state, "lock_wait_");
    const auto w = lockWait.summary();
    state.counters["events_per_s"] = events / uploadSeconds * double(state.iterations());
    g_notes["sale during upload/batch:" + std::to_string(batch)] =
        QStringLiteral("a 1-line sale on the till's own connection, every 10 ms: idle store p50 "
                       "%1 ms, p99 %2 ms, max %3 ms (%4 sales); while %5 events drain p50 %6 "
                       "ms, p99 %7 ms, max %8 ms (%9 sales), of which waiting for the sync's "
                       "writes p95 %10 ms, p99 %11 ms; p99 during / idle %12x")
            .arg(i.p50 / 1000, 0, 'f', 2)
            .arg(i.p99 / 1000, 0, 'f', 2)
            .arg(i.max / 1000, 0, 'f', 2)
            .arg(i.n)
            .arg(events)
            .arg(d.p50 / 1000, 0, 'f', 2)
            .arg(d.p99 / 1000, 0, 'f', 2)
            .arg(d.max / 1000, 0, 'f', 2)
            .arg(d.n)
            .arg(w.p95 / 1000, 0, 'f', 2)
            .arg(w.p99 / 1000, 0, 'f', 2)
            .arg(d.p99 / i.p99, 0, 'f', 2)
            .toStdString();
}

// The whole round as `bodegactl sync run --once` does it: upload, then the
// download of the feed those sales produced (the terminal skips its own
// sales but applies the stock levels).
void syncRunOnce(benchmark::State &state)
{
    SyncBenchEnv &env = SyncBenchEnv::get();
    const int batch = int(state.range(0));
    const int events = env.events();
    RateResult result;
    double feedSeconds = 0;
    double downloadSeconds = 0;
    double downloaded = 0;
    std::unique_ptr<UploadRun> run;
    for (auto _ : state) {
        state.PauseTiming();
        run.reset();
        auto prepared = prepareUpload(env, batch);
        if (!prepared) {
            skip(state, prepared.error().message);
            break;
        }
        run = std::move(*prepared);
        state.ResumeTiming();

        const auto t0 = Clock::now();
        auto report = run->engine->runOnce();
        const auto t1 = Clock::now();
        const double seconds = std::chrono::duration<double>(t1 - t0).count();

        state.PauseTiming();
        if (!report) {
            skip(state, report.error().message);
            break;
        }
        if (const QString problem = checkDrained(*run, *report, events); !problem.isEmpty()) {
            skip(state, problem);
            break;
        }
        feedSeconds += run->timed->feedSeconds;
        if (run->timed->downloadStarted)
            downloadSeconds +=
                std::chrono::duration<double>(t1 - *run->timed->downloadStarted).count();
        downloaded += double(report->downloaded);
        result.items += events;
        result.seconds += seconds;
        result.iterationSeconds.push_back(seconds);
        state.ResumeTiming();
    }
    run.reset();
    if (result.seconds <= 0)
        return;
    const double n = double(result.iterationSeconds.size());
    state.counters["events_per_s"] =
        benchmark::Counter(events, benchmark::Counter::kIsIterationInvariantRate);
    // The download part of the round (from the first feed request to the
    // end), of which feed_fetch_s is spent fetching pages from the server and
    // the rest applying them to the store.
    state.counters["feed_rows"] = downloaded / n;
    state.counters["download_s"] = downloadSeconds / n;
    state.counters["feed_fetch_s"] = feedSeconds / n;
    g_results["runOnce/batch:" + std::to_string(batch)] = result;
    g_notes["runOnce/batch:" + std::to_string(batch)] =
        QStringLiteral("upload %1 s, then download %2 s for %3 feed rows (%4 s fetching pages, "
                       "the rest applying them)")
            .arg((result.seconds - downloadSeconds) / n, 0, 'f', 1)
            .arg(downloadSeconds / n, 0, 'f', 1)
            .arg(downloaded / n, 0, 'f', 0)
            .arg(feedSeconds / n, 0, 'f', 1)
            .toStdString();
}

// Runs one statement per event, autocommit (one round trip and one server
// transaction each), on a fresh connection per iteration; `send` returns
// whether the server accepted the event.
template <typename Prepare, typename Send>
void perEventBaseline(benchmark::State &state, std::size_t n, const std::string &connection,
                      const std::string &resultName, Prepare prepare, Send send)
{
    SyncBenchEnv &env = SyncBenchEnv::get();
    RateResult result;
    for (auto _ : state) {
        state.PauseTiming();
        QString problem;
        double seconds = 0;
        bool timing = false;
        std::size_t accepted = 0;
        if (auto s = env.resetServer(); !s) {
            problem = s.error().message;
        } else {
            try {
                pqxx::connection conn(connection);
                prepare(conn);
                pqxx::nontransaction tx(conn); // autocommit: one transaction per statement
                state.ResumeTiming();
                timing = true;
                const auto t0 = Clock::now();
                for (std::size_t i = 0; i < n; ++i)
                    accepted += send(tx, i) ? 1 : 0;
                seconds = secondsSince(t0);
                state.PauseTiming();
                timing = false;
            } catch (const std::exception &e) {
                problem = QString::fromUtf8(e.what()).trimmed();
            }
        }
        if (timing)
            state.PauseTiming();
        if (problem.isEmpty() && accepted != n)
            problem = QStringLiteral("only %1 of %2 events accepted").arg(accepted).arg(n);
        if (!problem.isEmpty()) {
            skip(state, problem);
            break;
        }
        result.items += double(n);
        result.seconds += seconds;
        result.iterationSeconds.push_back(seconds);
        state.ResumeTiming();
    }
    if (result.seconds <= 0)
        return;
    state.counters["events"] = double(n);
    state.counters["events_per_s"] =
        benchmark::Counter(double(n), benchmark::Counter::kIsIterationInvariantRate);
    g_results[resultName] = result;
}

// (b) The baseline: the same envelopes, one round trip and one server
// transaction per event (autocommit), through the same server function and
// the terminal's own login. Only the wire protocol differs from the upload:
// the envelopes are already in memory, and nothing is written locally, so
// the baseline is spared the terminal-side work the batched upload pays.
void baselinePerEventApply(benchmark::State &state)
{
    SyncBenchEnv &env = SyncBenchEnv::get();
    const auto &batches = env.singleEventBatches();
    perEventBaseline(
        state, std::size_t(SyncBenchEnv::configuredBaselineEvents()),
        env.terminalConnection(QStringLiteral("bench-per-event")),
        "baseline/apply_events per event",
        [](pqxx::connection &c) {
            c.prepare("apply_one", "SELECT * FROM bodega.apply_events($1::jsonb)");
        },
        [&](pqxx::nontransaction &tx, std::size_t i) {
            const pqxx::result r = tx.exec_prepared("apply_one", batches[i]);
            return r.size() == 1 && r[0][1].as<std::string>() == "applied";
        });
}

// For honesty: the cheapest one-round-trip-per-event sender there is, a
// prepared INSERT of (event id, JSON body) into a plain table with only a
// primary key, autocommit, as the owner. It does none of the work the
// upload does on the server (no validation, no idempotency table, no sale
// rows, no ledger, no feed).
void baselinePerEventInsert(benchmark::State &state)
{
    SyncBenchEnv &env = SyncBenchEnv::get();
    const auto &events = env.rawEvents();
    perEventBaseline(
        state, events.size(), env.ownerConnection(QStringLiteral("bench-raw-insert")),
        "baseline/plain INSERT per event",
        [](pqxx::connection &c) {
            c.prepare("insert_one", "INSERT INTO public.bench_raw_events (event_id, body) "
                                    "VALUES ($1::uuid, $2::jsonb)");
        },
        [&](pqxx::nontransaction &tx, std::size_t i) {
            return tx.exec_prepared("insert_one", events[i].first, events[i].second)
                       .affected_rows() == 1;
        });
}

struct BootstrapRun
{
    QString path;
    std::unique_ptr<Database> db;
    std::unique_ptr<SyncJournal> journal;
    std::unique_ptr<SyncServer> server;
    std::unique_ptr<TimedServer> timed;
    std::unique_ptr<SyncEngine> engine;

    ~BootstrapRun()
    {
        engine.reset();
        timed.reset();
        server.reset();
        journal.reset();
        db.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
};

// (c) A fresh terminal's first sync against a store of P products: connect,
// nothing to upload, then the COPY snapshot of products and levels into the
// new SQLite store, the level booking, and an empty feed.
void syncBootstrap(benchmark::State &state)
{
    SyncBenchEnv &env = SyncBenchEnv::get();
    const int products = SyncBenchEnv::configuredProducts();
    const auto &boot = env.bootstrapServer(products);
    RateResult result;
    double stream = 0, productSink = 0, levelSink = 0, after = 0;
    std::unique_ptr<BootstrapRun> run;
    int iteration = 0;
    for (auto _ : state) {
        state.PauseTiming();
        run.reset();
        run = std::make_unique<BootstrapRun>();
        run->path = env.dir() + QStringLiteral("/boot-%1.sqlite").arg(++iteration);
        auto db = Database::open(run->path);
        if (!db) {
            skip(state, db.error().message);
            break;
        }
        run->db = std::move(*db);
        if (auto s = StoreSettings(*run->db).initialize(); !s) {
            skip(state, s.error().message);
            break;
        }
        auto terminal = TerminalRegistration::registerTerminal(
            *run->db, env.credentials(), boot.owner, boot.ownerPassword, boot.storeName,
            QStringLiteral("B01"));
        if (!terminal) {
            skip(state, terminal.error().message);
            break;
        }
        run->journal = std::make_unique<SyncJournal>(*run->db, bodega::Clock::system());
        auto server = PgSyncServer::forTerminal(*terminal, env.credentials());
        if (!server) {
            skip(state, server.error().message);
            break;
        }
        run->server = std::move(*server);
        run->timed = std::make_unique<TimedServer>(*run->server);
        run->engine = std::make_unique<SyncEngine>(*run->journal, *run->timed);
        state.ResumeTiming();

        const auto t0 = Clock::now();
        auto report = run->engine->runOnce();
        const auto t1 = Clock::now();
        const double seconds = std::chrono::duration<double>(t1 - t0).count();

        state.PauseTiming();
        if (!report) {
            skip(state, report.error().message);
            break;
        }
        auto count = run->db->exec(QStringLiteral("SELECT count(*) FROM products"));
        const qint64 local = count && count->next() ? count->value(0).toLongLong() : -1;
        if (report->bootstrapped != products || local != products) {
            skip(state, QStringLiteral("bootstrapped %1, %2 products in the store, expected %3")
                            .arg(report->bootstrapped)
                            .arg(local)
                            .arg(products));
            break;
        }
        result.items += products;
        result.seconds += seconds;
        result.iterationSeconds.push_back(seconds);
        const TimedServer &t = *run->timed;
        stream += t.snapshotSeconds;
        productSink += t.productSinkSeconds;
        levelSink += t.levelSinkSeconds;
        after += seconds - t.snapshotSeconds;
        state.ResumeTiming();
    }
    run.reset();
    if (result.seconds <= 0)
        return;
    const double n = double(result.iterationSeconds.size());
    state.counters["products"] = products;
    state.counters["products_per_s"] =
        benchmark::Counter(products, benchmark::Counter::kIsIterationInvariantRate);
    // Where the time went (seconds per iteration): the COPY stream, read and
    // parsed on the engine's reader thread while the engine's own thread
    // writes the rows into the empty store (SyncJournal::bootstrapProduct,
    // indexes and full-text triggers suspended; bootstrapLevel staged in a
    // temporary table); within it, how long the reader waited for the store
    // to take products and levels (SnapshotQueue full: the store is the
    // slower side by that much); and everything after the stream
    // (finishBootstrap: the levels booked in one statement, the indexes and
    // the full-text index rebuilt, the commit, and the WAL checkpoint).
    state.counters["copy_stream_s"] = stream / n;
    state.counters["waiting_products_s"] = productSink / n;
    state.counters["waiting_levels_s"] = levelSink / n;
    state.counters["finish_s"] = after / n;
    g_results["bootstrap"] = result;
    g_notes["bootstrap"] =
        QStringLiteral("copy stream, parsed and written into the store at once, %1 s (of it the "
                       "reader waited for the store %2 s for products, %3 s for levels), after "
                       "the stream (levels booked, indexes and search index rebuilt, commit, "
                       "checkpoint) %4 s; generating the server catalog took %5 s")
            .arg(stream / n, 0, 'f', 1)
            .arg(productSink / n, 0, 'f', 1)
            .arg(levelSink / n, 0, 'f', 1)
            .arg(after / n, 0, 'f', 1)
            .arg(boot.generateSeconds, 0, 'f', 1)
            .toStdString();
}

const char *verdict(bool met)
{
    return met ? "MET" : "MISSED";
}

void printSummary()
{
    if (g_results.empty())
        return;
    std::printf("\n== Bodega sync benchmark summary (%d-core machine, PostgreSQL fsync=%s) ==\n",
                QThread::idealThreadCount(), SyncBenchEnv::configuredPgFsync() ? "on" : "off");
    std::printf("%-34s %11s %6s %11s %9s %9s %10s\n", "result", "items/iter", "iters",
                "mean s/iter", "best s", "worst s", "rate /s");
    for (const auto &[name, r] : g_results) {
        const double n = double(r.iterationSeconds.size());
        const auto [best, worst] =
            std::minmax_element(r.iterationSeconds.begin(), r.iterationSeconds.end());
        std::printf("%-34s %11.0f %6.0f %11.3f %9.3f %9.3f %10.0f\n", name.c_str(), r.items / n, n,
                    r.seconds / n, *best, *worst, r.rate());
    }
    for (const auto &[name, note] : g_notes)
        std::printf("%s: %s\n", name.c_str(), note.c_str());

    const auto find = [](const std::string &name) -> const RateResult * {
        const auto it = g_results.find(name);
        return it == g_results.end() ? nullptr : &it->second;
    };
    const RateResult *perEvent = find("baseline/apply_events per event");
    const RateResult *plain = find("baseline/plain INSERT per event");
    std::printf("\n");
    for (const char *batch : {"upload/batch:1000", "upload/batch:5000"}) {
        const RateResult *up = find(batch);
        if (!up)
            continue;
        std::printf("%s: %.0f events/s  (target > 20,000 events/s: %s)\n", batch, up->rate(),
                    verdict(up->rate() > 20000));
        if (perEvent) {
            const double ratio = up->rate() / perEvent->rate();
            std::printf("ratio batched/per-event: %.1fx  (%s %.0f / apply_events per event %.0f "
                        "events/s; target >= 20x: %s)\n",
                        ratio, batch, up->rate(), perEvent->rate(), verdict(ratio >= 20));
        }
        if (plain)
            std::printf("ratio batched/plain-INSERT-per-event: %.1fx  (%s %.0f / plain INSERT "
                        "per event %.0f events/s)\n",
                        up->rate() / plain->rate(), batch, up->rate(), plain->rate());
    }
    if (const RateResult *boot = find("bootstrap")) {
        const double n = double(boot->iterationSeconds.size());
        const double products = boot->items / n;
        const double seconds = boot->seconds / n;
        // The target is for 1,000,000 products; scale a smaller run linearly.
        const double per1M = seconds * 1e6 / products;
        std::printf("bootstrap of %.0f products: %.1f s, %.0f products/s  (target < 60 s for "
                    "1,000,000: %s%s)\n",
                    products, seconds, boot->rate(), verdict(per1M < 60),
                    products == 1e6 ? "" : ", extrapolated linearly");
    }
}

void registerSyncBenchmarks()
{
    // The upload at the old and the new default batch size.
    auto atBothBatchSizes = [](const char *name, void (*fn)(benchmark::State &), int iterations) {
        benchmark::RegisterBenchmark(name, fn)
            ->ArgName("batch")
            ->Arg(1000)
            ->Arg(5000)
            ->Iterations(iterations)
            ->UseRealTime()
            ->Unit(benchmark::kSecond);
    };
    atBothBatchSizes("BM_SyncUpload", syncUpload, 3);
    atBothBatchSizes("BM_SaleDuringUpload", saleDuringUpload, 1);
    benchmark::RegisterBenchmark("BM_SyncRunOnce", syncRunOnce)
        ->ArgName("batch")
        ->Arg(SyncEngine::Options().batchSize) // what `sync run --once` uses
        ->Iterations(1)
        ->UseRealTime()
        ->Unit(benchmark::kSecond);
    benchmark::RegisterBenchmark("BM_BaselinePerEventApply", baselinePerEventApply)
        ->Iterations(1)
        ->UseRealTime()
        ->Unit(benchmark::kSecond);
    benchmark::RegisterBenchmark("BM_BaselinePerEventInsert", baselinePerEventInsert)
        ->Iterations(1)
        ->UseRealTime()
        ->Unit(benchmark::kSecond);
    benchmark::RegisterBenchmark("BM_SyncBootstrap", syncBootstrap)
        ->Iterations(1)
        ->UseRealTime()
        ->Unit(benchmark::kSecond);
}

} // namespace

} // namespace bodega::bench

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bodega-sync-bench"));
    // A sync round logs one info line; quarantines would log warnings, and
    // the benchmarks fail on any quarantined event anyway.
    QLoggingCategory::setFilterRules(QStringLiteral("bodega.*.debug=false\nbodega.*.info=false"));

    bodega::bench::registerSyncBenchmarks();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    bodega::bench::printSummary();
    std::fflush(stdout);
    bodega::bench::SyncBenchEnv::teardown();
    return 0;
}
