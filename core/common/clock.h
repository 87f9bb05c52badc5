#pragma once

#include <QDateTime>

namespace bodega {

// Injected wherever time matters (ids, ledger timestamps, alerts) so tests can
// pin it, as KeePassXC's Clock does.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

    static Clock &system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 ms = 0) : m_ms(ms) {}
    qint64 nowMs() const override { return m_ms; }
    void setMs(qint64 ms) { m_ms = ms; }
    void advanceMs(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

inline Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace bodega
