#pragma once

#include <QString>

namespace bodega {

// The trace id of the operation running on this thread. One user action or CLI
// command opens a TraceScope; the log handler and the outbox read the current
// id, so a log line and the events it produced can be joined later.
class TraceContext
{
public:
    static QString current();
    static void set(const QString &traceId);
    static QString newTraceId();
};

class TraceScope
{
public:
    explicit TraceScope(const QString &traceId = TraceContext::newTraceId());
    ~TraceScope();
    TraceScope(const TraceScope &) = delete;
    TraceScope &operator=(const TraceScope &) = delete;

    QString id() const { return m_id; }

private:
    QString m_id;
    QString m_previous;
};

} // namespace bodega
