// Catalog benchmarks against the cached 100k / 1M stores (fixtures.cpp):
// barcode lookup, search as you type, durable one-line sale.
#include "bare.h"
#include "fixtures.h"
#include "latency.h"

#include "pos/cart.h"
#include "pos/settlement.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace bodega::bench {

namespace {

std::string resultName(const char *bench, int products)
{
    return std::string(bench) + "/" + sizeLabel(products);
}

void skip(benchmark::State &state, const Error &error)
{
    const std::string msg = error.message.toStdString();
    state.SkipWithError(msg.c_str());
}

// ProductRepository::findByBarcode for random existing barcodes: the scanner path.
void barcodeLookup(benchmark::State &state, int products)
{
    CatalogFixture &f = catalogFixture(products);
    const auto &codes = f.sampleBarcodes;
    LatencyRecorder rec(state.max_iterations);
    std::size_t i = 0;
    for (auto _ : state) {
        const QString &code = codes[i++ % codes.size()];
        Result<Product> p = Error::storage(QString());
        rec.add(timeUs([&] { p = f.repository->findByBarcode(code); }));
        if (!p || p->barcode != code) {
            skip(state, p ? Error::storage(QStringLiteral("wrong product")) : p.error());
            break;
        }
        benchmark::DoNotOptimize(p);
    }
    rec.report(state);
    saveResult(resultName("BarcodeLookup", products), rec.summary());
}

// CatalogService::find(barcode): what bodegactl and the POS call with a
// scanned key; resolve() tries the SKU index first, then the barcode.
void catalogFindBarcode(benchmark::State &state, int products)
{
    CatalogFixture &f = catalogFixture(products);
    const auto &codes = f.sampleBarcodes;
    LatencyRecorder rec(state.max_iterations);
    std::size_t i = 0;
    for (auto _ : state) {
        const QString &code = codes[(i++ * 7) % codes.size()];
        Result<Product> p = Error::storage(QString());
        rec.add(timeUs([&] { p = f.catalog->find(code); }));
        if (!p) {
            skip(state, p.error());
            break;
        }
        benchmark::DoNotOptimize(p);
    }
    rec.report(state);
    saveResult(resultName("CatalogFindBarcode", products), rec.summary());
}

// What a user types into the product list's search box, keystroke by
// keystroke. Words appear in the generated names, brands and keywords.
const char *const kTyped[] = {
    "arroz diana",          "leche entera alpina",     "jabon rey",      "cafe sello rojo",
    "gaseosa postobon 1.5", "papel higienico familia", "aceite premier", "galletas noel",
    "atun van camps",       "detergente ariel",        "queso colanta",  "pan tajado bimbo",
};

int keystrokeCount()
{
    int n = 0;
    for (const char *phrase : kTyped)
        n += QString::fromUtf8(phrase).size();
    return n;
}

struct Keystroke
{
    QString prefix;
    double listUs = 0;
    double countUs = 0;
    qint64 matches = 0;
};

// One keystroke = CatalogService::list(search, limit 50) + count(search), the
// count capped as the GUI's product list caps it while the user types.
void searchAsYouType(benchmark::State &state, int products)
{
    CatalogFixture &f = catalogFixture(products);
    std::vector<QString> prefixes;
    for (const char *phrase : kTyped) {
        const QString text = QString::fromUtf8(phrase);
        for (int n = 1; n <= text.size(); ++n)
            prefixes.push_back(text.left(n));
    }
    LatencyRecorder list(state.max_iterations), count(state.max_iterations),
        total(state.max_iterations);
    std::vector<Keystroke> strokes;
    std::size_t i = 0;
    for (auto _ : state) {
        Keystroke k;
        k.prefix = prefixes[i++ % prefixes.size()];
        ProductQuery q;
        q.search = k.prefix;
        q.limit = 50;
        q.countLimit = ProductQuery::TypingCountLimit;
        Result<QVector<Product>> rows = QVector<Product>();
        Result<qint64> n = qint64(0);
        k.listUs = timeUs([&] { rows = f.catalog->list(q); });
        k.countUs = timeUs([&] { n = f.catalog->count(q); });
        if (!rows || !n) {
            skip(state, !rows ? rows.error() : n.error());
            break;
        }
        k.matches = *n;
        list.add(k.listUs);
        count.add(k.countUs);
        total.add(k.listUs + k.countUs);
        strokes.push_back(k);
    }
    total.report(state);
    list.report(state, "list_");
    count.report(state, "count_");
    saveResult(resultName("SearchAsYouType", products), total.summary());
    saveResult(resultName("SearchAsYouType(list only)", products), list.summary());
    saveResult(resultName("SearchAsYouType(count only)", products), count.summary());

    // The slowest keystrokes say what dominates (printed once per run).
    std::sort(strokes.begin(), strokes.end(), [](const Keystroke &a, const Keystroke &b) {
        return a.listUs + a.countUs > b.listUs + b.countUs;
    });
    std::vector<QString> seen;
    std::fprintf(stderr, "\n[search %s] slowest keystrokes (list ms + count ms, matches):\n",
                 sizeLabel(products).c_str());
    for (const Keystroke &k : strokes) {
        if (std::find(seen.begin(), seen.end(), k.prefix) != seen.end())
            continue;
        seen.push_back(k.prefix);
        std::fprintf(stderr, "  %-22s %8.2f + %8.2f ms  %8lld\n",
                     qPrintable(QLatin1Char('"') + k.prefix + QLatin1Char('"')), k.listUs / 1000,
                     k.countUs / 1000, static_cast<long long>(k.matches));
        if (seen.size() == 12)
            break;
    }
}

// Times `sale` (one durable sale through Bodega) and, in the same
// iteration, the bare sqlite3 baseline committing the same rows for `lines`
// lines on its own file, so both see the same disk and the same noise from
// whatever else the machine is doing; ours/bare is reported at p50 and p99.
// `sale` returns the error that stops the run, if any.
void interleavedWithBare(benchmark::State &state, int products, int lines,
                         const std::function<Status()> &sale, const std::string &ourName,
                         const std::string &bareName)
{
    BareSaleWriter bare(bareCommitPath(), products);
    for (int i = 0; i < 5; ++i) { // warm-up: statements prepared, WAL in use
        (void)sale();
        bare.commitSale(lines);
    }
    LatencyRecorder ours(state.max_iterations), baseline(state.max_iterations);
    for (auto _ : state) {
        Status failed;
        ours.add(timeUs([&] { failed = sale(); }));
        baseline.add(timeUs([&] { bare.commitSale(lines); }));
        if (!failed) {
            skip(state, failed.error());
            break;
        }
    }
    ours.report(state);
    baseline.report(state, "bare_");
    const auto o = ours.summary(), b = baseline.summary();
    state.counters["ratio_p50"] = b.p50 > 0 ? o.p50 / b.p50 : 0;
    state.counters["ratio_p99"] = b.p99 > 0 ? o.p99 / b.p99 : 0;
    saveResult(resultName(ourName.c_str(), products), o);
    saveResult(resultName(bareName.c_str(), products), b);
}

// CatalogService::sell(sku, 1): the "Simular venta" one-line sale, one
// durable transaction (WAL, synchronous=FULL as Database::open configures).
void simulatedSaleCommit(benchmark::State &state, int products)
{
    CatalogFixture &f = catalogFixture(products);
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::size_t> pick(0, f.sampleSkus.size() - 1);
    interleavedWithBare(
        state, products, 1,
        [&]() -> Status {
            auto sale = f.catalog->sell(f.sampleSkus[pick(rng)], Quantity::fromUnits(1));
            return sale ? Status() : Status(sale.error());
        },
        "SimulatedSaleCommit", "BareSqliteCommit(interleaved)");
}

// Issue 4's target: a 5-line sale from the till, durable: a cart of five
// random products paid in cash and completed (CatalogService::completeSale,
// one transaction).
void completeFiveLineSale(benchmark::State &state, int products)
{
    CatalogFixture &f = catalogFixture(products);
    std::mt19937 rng(11);
    std::vector<Product> sample;
    for (const QString &sku : f.sampleSkus) {
        auto p = f.catalog->find(sku);
        if (p && p->unit == UnitOfMeasure::Unit)
            sample.push_back(*p);
    }
    std::uniform_int_distribution<std::size_t> pick(0, sample.size() - 1);
    // As the GUI runs the till: the till's connection leaves WAL checkpoints
    // to a second connection on another thread (the document worker's,
    // once a second), so no sale waits for one.
    (void)f.db->setAutoCheckpoint(false);
    std::atomic<bool> stop{false};
    std::thread checkpointer([&] {
        auto db = Database::open(f.path, Database::Options{false, false});
        if (!db)
            return;
        while (!stop.load()) {
            (void)(*db)->checkpoint();
            for (int i = 0; i < 20 && !stop.load(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    interleavedWithBare(
        state, products, 5,
        [&]() -> Status {
            Cart cart(f.catalog->currency());
            for (int line = 0; line < 5; ++line)
                (void)cart.add(sample[pick(rng)], Quantity::fromUnits(1));
            Settlement cash(cart.totals().total);
            (void)cash.add({Tender::Kind::Cash, cash.due(), {}, {}});
            auto sale = f.catalog->completeSale(cart, cash);
            return sale ? Status() : Status(sale.error());
        },
        "CompleteFiveLineSale", "BareFiveLineSale(interleaved)");
    stop = true;
    checkpointer.join();
    (void)f.db->setAutoCheckpoint(true);
}

// Database::open on the cached store + the first page of the product list:
// the storage part of "cold start to usable window" (warm OS page cache).
void openStore(benchmark::State &state, int products)
{
    CatalogFixture &f = catalogFixture(products);
    LatencyRecorder open(state.max_iterations), total(state.max_iterations);
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        auto db = Database::open(f.path);
        if (!db) {
            skip(state, db.error());
            break;
        }
        open.add(t.nsecsElapsed() / 1e3);
        OfflineEngine ai;
        CatalogService catalog(**db, ai);
        ProductQuery q;
        q.limit = 100;
        auto page = catalog.list(q);
        auto n = catalog.count(q);
        if (!page || !n) {
            skip(state, !page ? page.error() : n.error());
            break;
        }
        total.add(t.nsecsElapsed() / 1e3);
    }
    total.report(state);
    open.report(state, "open_");
    saveResult(resultName("OpenStore+FirstPage", products), total.summary());
    saveResult(resultName("OpenStore(Database::open)", products), open.summary());
}

} // namespace

void registerCatalogBenchmarks(const std::vector<int> &sizes)
{
    for (int n : sizes) {
        const std::string s = "/" + sizeLabel(n);
        benchmark::RegisterBenchmark(("BM_BarcodeLookup" + s).c_str(), barcodeLookup, n)
            ->Iterations(2000)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("BM_CatalogFindBarcode" + s).c_str(), catalogFindBarcode, n)
            ->Iterations(2000)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("BM_SearchAsYouType" + s).c_str(), searchAsYouType, n)
            ->Iterations(2 * keystrokeCount())
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("BM_SimulatedSaleCommit" + s).c_str(), simulatedSaleCommit, n)
            ->Iterations(300)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("BM_CompleteFiveLineSale" + s).c_str(), completeFiveLineSale,
                                     n)
            ->Iterations(300)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("BM_OpenStore" + s).c_str(), openStore, n)
            ->Iterations(3)
            ->Unit(benchmark::kMillisecond);
    }
}

} // namespace bodega::bench
