#include "outbox.h"

#include "common/timestamp.h"
#include "common/tracecontext.h"
#include "common/uuid.h"

#include <QJsonDocument>

namespace bodega {

QJsonObject OutboxEvent::envelope(const QString &terminal) const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), type},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("occurred_at"), createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("trace_id"), traceId},
        {QStringLiteral("terminal"), terminal},
        {QStringLiteral("aggregate_id"), aggregateId},
        {QStringLiteral("payload"), payload},
    };
}

Result<QString> Outbox::append(const QString &type, int schemaVersion, const QString &aggregateId,
                               const QJsonObject &payload)
{
    return appendJson(type, schemaVersion, aggregateId,
                      QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

Result<QString> Outbox::appendJson(const QString &type, int schemaVersion,
                                   const QString &aggregateId, const QString &payloadJson)
{
    Q_ASSERT_X(m_db.inTransaction(), "Outbox::append",
               "an event must share its change's transaction");
    const QString id = newId();
    // On SQLite's own handle: every change appends here, an import a
    // hundred thousand times in one go (see NativeStatement).
    NativeStatement &q =
        m_db.nativeStatement(QStringLiteral("INSERT INTO outbox (id, type, schema_version, "
                                            "aggregate_id, payload, trace_id, created_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(0, id);
    q.bind(1, type);
    q.bind(2, qint64(schemaVersion));
    q.bind(3, aggregateId);
    q.bind(4, payloadJson);
    q.bind(5, TraceContext::current());
    q.bind(6, Timestamp::text(m_clock.nowMs()));
    if (auto s = m_db.run(q); !s)
        return s.error();
    return id;
}

Result<QVector<OutboxEvent>> Outbox::list(const QString &status, int limit, qint64 afterSeq) const
{
    QString sql = QStringLiteral("SELECT seq, id, type, schema_version, aggregate_id, payload, "
                                 "trace_id, created_at, status, "
                                 "attempts, last_error FROM outbox");
    QVariantList bindings{afterSeq};
    sql += QStringLiteral(" WHERE seq > ?");
    if (!status.isEmpty()) {
        sql += QStringLiteral(" AND status = ?");
        bindings << status;
    }
    sql += QStringLiteral(" ORDER BY seq LIMIT ?");
    bindings << limit;
    auto q = m_db.exec(sql, bindings);
    if (!q)
        return q.error();
    QVector<OutboxEvent> out;
    while (q->next()) {
        OutboxEvent e;
        e.seq = q->value(0).toLongLong();
        e.id = q->value(1).toString();
        e.type = q->value(2).toString();
        e.schemaVersion = q->value(3).toInt();
        e.aggregateId = q->value(4).toString();
        e.payload = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        e.traceId = q->value(6).toString();
        e.createdAt = QDateTime::fromString(q->value(7).toString(), Qt::ISODateWithMs);
        e.status = q->value(8).toString();
        e.attempts = q->value(9).toInt();
        e.lastError = q->value(10).toString();
        out.push_back(std::move(e));
    }
    return out;
}

Result<QVector<OutboxEnvelope>> Outbox::pendingEnvelopes(const QString &terminal, int limit,
                                                         qint64 afterSeq) const
{
    // created_at is stored as envelope() writes occurred_at (the clock's
    // ISODateWithMs), so it travels as stored.
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT seq, id, json_object('id', id, 'type', type, 'schema_version', schema_version, "
        "'occurred_at', created_at, 'trace_id', trace_id, 'terminal', ?, "
        "'aggregate_id', aggregate_id, 'payload', "
        "CASE WHEN json_valid(payload) AND json_type(payload) = 'object' THEN json(payload) "
        "ELSE json_object() END) "
        "FROM outbox WHERE seq > ? AND status = 'pending' ORDER BY seq LIMIT ?"));
    q.bindValue(0, terminal);
    q.bindValue(1, afterSeq);
    q.bindValue(2, limit);
    if (auto s = m_db.run(q); !s)
        return s.error();
    QVector<OutboxEnvelope> out;
    out.reserve(limit);
    while (q.next()) {
        OutboxEnvelope e;
        e.seq = q.value(0).toLongLong();
        e.id = q.value(1).toString();
        e.json = q.value(2).toString().toUtf8();
        out.push_back(std::move(e));
    }
    q.finish();
    return out;
}

QByteArray OutboxEnvelope::jsonArray(const QVector<OutboxEnvelope> &envelopes)
{
    qsizetype size = 2;
    for (const OutboxEnvelope &e : envelopes)
        size += e.json.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += '[';
    for (const OutboxEnvelope &e : envelopes) {
        if (out.size() > 1)
            out += ',';
        out += e.json;
    }
    out += ']';
    return out;
}

Result<qint64> Outbox::count(const QString &status) const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE status = ?"), {status});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace bodega
