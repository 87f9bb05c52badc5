// bodega_bench: see README.md. A QCoreApplication exists for Qt SQL; then
// Google Benchmark runs the registered benchmarks and a summary against the
// SPEC "Quality targets" is printed (with the ours/bare commit ratio).
#include "fixtures.h"
#include "latency.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringList>
#include <QThread>

#include <cstdio>
#include <string>
#include <vector>

namespace bodega::bench {
void registerCatalogBenchmarks(const std::vector<int> &sizes);
void registerBaselineBenchmarks();
} // namespace bodega::bench

namespace {

using bodega::bench::LatencyRecorder;

struct Target
{
    const char *result;
    const char *what;
    double LatencyRecorder::Summary::*stat;
    const char *statName;
    double limitMs;
};

void printSummary()
{
    const auto &r = bodega::bench::savedResults();
    if (r.empty())
        return;
    std::printf("\n== Bodega benchmark summary (%d-core machine; ms) ==\n",
                QThread::idealThreadCount());
    std::printf("%-40s %9s %9s %9s %9s %6s\n", "result", "p50", "p95", "p99", "max", "n");
    for (const auto &[name, s] : r)
        std::printf("%-40s %9.3f %9.3f %9.3f %9.3f %6zu\n", name.c_str(), s.p50 / 1000,
                    s.p95 / 1000, s.p99 / 1000, s.max / 1000, s.n);

    static const Target targets[] = {
        {"BarcodeLookup/1M", "barcode lookup, 1M products", &LatencyRecorder::Summary::p99, "p99",
         1},
        {"CatalogFindBarcode/1M", "CatalogService::find(barcode), 1M",
         &LatencyRecorder::Summary::p99, "p99", 1},
        {"SearchAsYouType/1M", "search as you type (list+count), 1M",
         &LatencyRecorder::Summary::p95, "p95", 20},
        {"SearchAsYouType(list only)/1M", "search as you type (list only), 1M",
         &LatencyRecorder::Summary::p95, "p95", 20},
        {"SimulatedSaleCommit/1M", "1-line sale commit, durable, 1M",
         &LatencyRecorder::Summary::p99, "p99", 5},
        {"CompleteFiveLineSale/1M", "5-line sale from the till, durable, 1M",
         &LatencyRecorder::Summary::p99, "p99", 5},
        {"CompleteFiveLineSale/100k", "5-line sale from the till, durable, 100k",
         &LatencyRecorder::Summary::p99, "p99", 5},
        {"OpenStore+FirstPage/100k", "open store + first page, 100k (cold start part)",
         &LatencyRecorder::Summary::p50, "p50", 1000},
    };
    std::printf("\n%-50s %6s %10s %10s  %s\n", "SPEC target", "stat", "measured", "target",
                "verdict");
    for (const Target &t : targets) {
        const auto it = r.find(t.result);
        if (it == r.end())
            continue;
        const double ms = it->second.*t.stat / 1000;
        std::printf("%-50s %6s %10.3f %10.3f  %s (%.1fx of target)\n", t.what, t.statName, ms,
                    t.limitMs, ms < t.limitMs ? "MET" : "MISSED", ms / t.limitMs);
    }

    // ours/bare from the interleaved runs (same disk, same moment), and
    // against the standalone baseline.
    for (const auto &[name, s] : r) {
        const bool fiveLines = name.rfind("CompleteFiveLineSale/", 0) == 0;
        if (name.rfind("SimulatedSaleCommit/", 0) != 0 && !fiveLines)
            continue;
        const std::string size = name.substr(name.find('/'));
        const std::vector<std::string> baselines =
            fiveLines ? std::vector<std::string>{"BareFiveLineSale(interleaved)" + size}
                      : std::vector<std::string>{"BareSqliteCommit(interleaved)" + size,
                                                 "BareSqliteCommit"};
        for (const std::string &baseName : baselines) {
            const auto bare = r.find(baseName);
            if (bare == r.end())
                continue;
            std::printf(
                "ours/bare %s vs %s: p50 %.2fx (%.3f / %.3f ms), p99 %.2fx (%.3f / %.3f ms)\n",
                name.c_str(), baseName.c_str(), s.p50 / bare->second.p50, s.p50 / 1000,
                bare->second.p50 / 1000, s.p99 / bare->second.p99, s.p99 / 1000,
                bare->second.p99 / 1000);
        }
    }
}

std::vector<int> sizesFromEnvironment()
{
    std::vector<int> sizes;
    const QString env =
        qEnvironmentVariable("BODEGA_BENCH_SIZES", QStringLiteral("100000,1000000"));
    for (const QString &part : env.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (ok && n > 0)
            sizes.push_back(n);
    }
    return sizes;
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bodega-bench"));
    // The sale benchmarks cross low-stock thresholds on purpose; keep the
    // warnings they log out of the results.
    QLoggingCategory::setFilterRules(QStringLiteral("bodega.*.warning=false\nbodega.*.info=false"));

    bodega::bench::registerBaselineBenchmarks();
    bodega::bench::registerCatalogBenchmarks(sizesFromEnvironment());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    printSummary();
    std::fflush(stdout);
    bodega::bench::releaseFixtures();
    return 0;
}
