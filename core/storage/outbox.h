#pragma once

#include "common/clock.h"
#include "storage/database.h"

#include <QJsonObject>

namespace bodega {

struct OutboxEvent
{
    qint64 seq = 0;
    QString id;
    QString type;
    int schemaVersion = 1;
    QString aggregateId;
    QJsonObject payload;
    QString traceId;
    QDateTime createdAt;
    QString status; // pending, sent, quarantined
    int attempts = 0;
    QString lastError;

    // The event as it travels: the envelope the JSON Schemas describe.
    QJsonObject envelope(const QString &terminal) const;
};

// A pending event already encoded as its envelope (the JSON that
// OutboxEvent::envelope describes), for the upload: SQLite writes it from the
// stored payload text, so a batch of a thousand events is not parsed into
// objects and written out again on every sync.
struct OutboxEnvelope
{
    qint64 seq = 0;
    QString id;
    QByteArray json;

    // The envelopes as one JSON array, in the given order.
    static QByteArray jsonArray(const QVector<OutboxEnvelope> &envelopes);
};

// The transactional outbox (SPEC: Architecture). append() must run inside the
// transaction of the change it describes, so the change and its event commit
// or vanish together; the outbox is also the offline upload queue.
class Outbox
{
public:
    Outbox(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QString> append(const QString &type, int schemaVersion, const QString &aggregateId,
                           const QJsonObject &payload);
    // The same with the payload as JSON text already (a JSON object).
    Result<QString> appendJson(const QString &type, int schemaVersion, const QString &aggregateId,
                               const QString &payloadJson);

    // Events in outbox order, optionally of one status and after a position
    // (the sync worker reads the next batch while the previous one is still
    // on its way to the server).
    Result<QVector<OutboxEvent>> list(const QString &status = {}, int limit = 1000,
                                      qint64 afterSeq = 0) const;
    // Pending events after a position, in outbox order, encoded for
    // `terminal`. A payload that is not a JSON object travels as {} (the
    // server quarantines the event), as envelope() sends it.
    Result<QVector<OutboxEnvelope>> pendingEnvelopes(const QString &terminal, int limit,
                                                     qint64 afterSeq = 0) const;
    Result<qint64> count(const QString &status) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace bodega
