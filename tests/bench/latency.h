#pragma once

#include <benchmark/benchmark.h>

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace bodega::bench {

// Per-iteration latencies of one benchmark run. SPEC targets are
// percentiles, so every benchmark records each operation and reports
// p50/p95/p99 (microseconds) as counters instead of relying on the mean.
class LatencyRecorder
{
public:
    struct Summary
    {
        std::size_t n = 0;
        double mean = 0, p50 = 0, p95 = 0, p99 = 0, max = 0; // microseconds
    };

    explicit LatencyRecorder(std::size_t expected = 0) { m_us.reserve(expected); }
    void add(double us) { m_us.push_back(us); }
    Summary summary() const;
    // Sets <prefix>p50_us, <prefix>p95_us, <prefix>p99_us, <prefix>max_us.
    void report(benchmark::State &state, const std::string &prefix = {}) const;

private:
    std::vector<double> m_us;
};

// Times one call in microseconds.
template <typename F> double timeUs(F &&fn)
{
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    const auto t1 = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::micro>(t1 - t0).count();
}

// Results kept for the summary printed after all benchmarks ran (targets,
// ours/bare ratio).
void saveResult(const std::string &name, const LatencyRecorder::Summary &summary);
const std::map<std::string, LatencyRecorder::Summary> &savedResults();

} // namespace bodega::bench
