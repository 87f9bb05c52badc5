#include "latency.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bodega::bench {

namespace {

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    // Nearest rank: the smallest value with at least p % of samples at or below it.
    const auto rank =
        static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::min(sorted.size(), std::max<std::size_t>(rank, 1)) - 1];
}

std::map<std::string, LatencyRecorder::Summary> &results()
{
    static std::map<std::string, LatencyRecorder::Summary> r;
    return r;
}

} // namespace

LatencyRecorder::Summary LatencyRecorder::summary() const
{
    Summary s;
    if (m_us.empty())
        return s;
    std::vector<double> sorted = m_us;
    std::sort(sorted.begin(), sorted.end());
    s.n = sorted.size();
    s.mean = std::accumulate(sorted.begin(), sorted.end(), 0.0) / static_cast<double>(s.n);
    s.p50 = percentile(sorted, 50);
    s.p95 = percentile(sorted, 95);
    s.p99 = percentile(sorted, 99);
    s.max = sorted.back();
    return s;
}

void LatencyRecorder::report(benchmark::State &state, const std::string &prefix) const
{
    const Summary s = summary();
    state.counters[prefix + "p50_us"] = s.p50;
    state.counters[prefix + "p95_us"] = s.p95;
    state.counters[prefix + "p99_us"] = s.p99;
    state.counters[prefix + "max_us"] = s.max;
}

void saveResult(const std::string &name, const LatencyRecorder::Summary &summary)
{
    results()[name] = summary;
}

const std::map<std::string, LatencyRecorder::Summary> &savedResults()
{
    return results();
}

} // namespace bodega::bench
