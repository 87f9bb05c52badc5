#pragma once

#include "security/airequestlog.h"

#include <QVector>

namespace bodega {

// The AI request log for a command that may ask the AI inside a store
// transaction (`product import --ai` enriches row by row inside the
// import's one transaction). A record written there would vanish with a
// rolled-back import although the request reached the AI, so records made
// while the connection is in a transaction are held and written by the next
// record or flush() made outside it (the destructor flushes too).
class HeldAiRequestLog final : public AiRequestSink
{
public:
    explicit HeldAiRequestLog(Database &db) : m_db(db), m_log(db) {}
    ~HeldAiRequestLog() override;

    Status record(const AiRequestRecord &record) override;
    // Writes the held records; STORAGE_FAILED (and keeps them) while a
    // transaction is still open.
    Status flush();

private:
    Database &m_db;
    AiRequestLog m_log;
    QVector<AiRequestRecord> m_held;
};

} // namespace bodega
