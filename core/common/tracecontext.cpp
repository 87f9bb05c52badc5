#include "tracecontext.h"

#include <QRandomGenerator>

namespace bodega {

namespace {
thread_local QString t_traceId;
}

QString TraceContext::current()
{
    return t_traceId;
}

void TraceContext::set(const QString &traceId)
{
    t_traceId = traceId;
}

QString TraceContext::newTraceId()
{
    // 128 random bits as 32 hex digits: the W3C trace-context trace-id shape.
    quint64 a = QRandomGenerator::global()->generate64();
    quint64 b = QRandomGenerator::global()->generate64();
    return QStringLiteral("%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
}

TraceScope::TraceScope(const QString &traceId) : m_id(traceId), m_previous(TraceContext::current())
{
    TraceContext::set(m_id);
}

TraceScope::~TraceScope()
{
    TraceContext::set(m_previous);
}

} // namespace bodega
