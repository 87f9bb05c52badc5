#include "circuitbreaker.h"

#include <algorithm>

namespace bodega {

CircuitBreaker::CircuitBreaker(const Clock &clock, int failureThreshold, qint64 openMs)
    : m_clock(clock), m_failureThreshold(std::max(1, failureThreshold)),
      m_openMs(std::max<qint64>(0, openMs))
{
}

bool CircuitBreaker::coolDownOver() const
{
    return m_clock.nowMs() - m_openedAtMs >= m_openMs;
}

bool CircuitBreaker::tryAcquire(bool *trial)
{
    QMutexLocker lock(&m_mutex);
    if (trial)
        *trial = false;
    if (!m_open)
        return true;
    if (m_trialRunning || !coolDownOver())
        return false;
    m_trialRunning = true;
    if (trial)
        *trial = true;
    return true;
}

bool CircuitBreaker::wouldAllow() const
{
    QMutexLocker lock(&m_mutex);
    return !m_open || (!m_trialRunning && coolDownOver());
}

void CircuitBreaker::recordSuccess()
{
    QMutexLocker lock(&m_mutex);
    m_open = false;
    m_trialRunning = false;
    m_failures = 0;
}

void CircuitBreaker::recordFailure()
{
    QMutexLocker lock(&m_mutex);
    if (m_open && !m_trialRunning)
        return; // a call that started before the breaker opened: already counted as open
    ++m_failures;
    if (m_trialRunning || m_failures >= m_failureThreshold) {
        m_open = true;
        m_trialRunning = false;
        m_openedAtMs = m_clock.nowMs();
    }
}

CircuitBreaker::State CircuitBreaker::state() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_open)
        return State::Closed;
    return m_trialRunning || coolDownOver() ? State::HalfOpen : State::Open;
}

int CircuitBreaker::consecutiveFailures() const
{
    QMutexLocker lock(&m_mutex);
    return m_failures;
}

qint64 CircuitBreaker::msUntilTrial() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_open)
        return 0;
    return std::max<qint64>(0, m_openedAtMs + m_openMs - m_clock.nowMs());
}

} // namespace bodega
