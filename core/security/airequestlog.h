#pragma once

#include "ai/airequestsink.h"
#include "common/clock.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QVector>

namespace bodega {

struct AiRequestEntry
{
    qint64 seq = 0;
    QString id;
    AiRequestRecord record;

    // The shape `bodegactl ai log --json` prints: tokens null when the
    // server did not report them.
    QJsonObject toJson() const;
};

// The ai_requests table (schema 11): the append-only trail of every AI
// request the router sent, refused or answered offline. Local to this
// terminal: the conversations it describes are too.
class AiRequestLog final : public AiRequestSink
{
public:
    explicit AiRequestLog(Database &db) : m_db(db) {}

    Status record(const AiRequestRecord &record) override;
    // Newest first.
    Result<QVector<AiRequestEntry>> recent(int limit = 100) const;

private:
    Database &m_db;
};

} // namespace bodega
