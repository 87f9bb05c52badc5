#pragma once

#include "common/clock.h"

#include <QMutex>

namespace bodega {

// Stops calling an endpoint that keeps failing (SPEC: 5 consecutive failures
// open it for 60 s, then one half-open try). A failure is a whole call that
// failed after its retries, not one attempt. Thread-safe.
//
// Closed: calls go ahead; failureThreshold consecutive failures open it.
// Open: calls are refused until openMs have passed since it opened.
// Half-open: exactly one caller gets through (the trial); its success closes
// the breaker, its failure opens it for another openMs.
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    static constexpr int DefaultFailureThreshold = 5;
    static constexpr qint64 DefaultOpenMs = 60000;

    explicit CircuitBreaker(const Clock &clock = Clock::system(),
                            int failureThreshold = DefaultFailureThreshold,
                            qint64 openMs = DefaultOpenMs);

    // May a call go ahead now? In half-open only the first caller is let
    // through until it reports back with recordSuccess/recordFailure.
    // trial: set to true when this caller got the half-open trial.
    bool tryAcquire(bool *trial = nullptr);
    // What tryAcquire() would answer, without taking the half-open trial.
    bool wouldAllow() const;
    void recordSuccess();
    void recordFailure();

    // Open turns HalfOpen once the cool-down is over (the trial is due).
    State state() const;
    int consecutiveFailures() const;
    // While open: how long until the half-open trial; 0 otherwise.
    qint64 msUntilTrial() const;

private:
    bool coolDownOver() const; // m_mutex held

    const Clock &m_clock;
    const int m_failureThreshold;
    const qint64 m_openMs;
    mutable QMutex m_mutex;
    bool m_open = false;
    bool m_trialRunning = false;
    int m_failures = 0;
    qint64 m_openedAtMs = 0;
};

} // namespace bodega
