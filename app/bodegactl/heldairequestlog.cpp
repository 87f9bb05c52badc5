#include "heldairequestlog.h"

namespace bodega {

HeldAiRequestLog::~HeldAiRequestLog()
{
    if (auto s = flush(); !s)
        qWarning("%lld AI requests not recorded: %s", qlonglong(m_held.size()),
                 qPrintable(s.error().message));
}

Status HeldAiRequestLog::record(const AiRequestRecord &record)
{
    m_held.append(record);
    if (m_db.inTransaction())
        return {};
    return flush();
}

Status HeldAiRequestLog::flush()
{
    if (m_held.isEmpty())
        return {};
    if (m_db.inTransaction())
        return Error::storage(QStringLiteral("AI requests held until the transaction ends"));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    for (const AiRequestRecord &r : std::as_const(m_held))
        if (auto s = m_log.record(r); !s)
            return s;
    if (auto s = tx.commit(); !s)
        return s;
    m_held.clear();
    return {};
}

} // namespace bodega
