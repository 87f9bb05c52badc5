#include "airequestlog.h"

#include "common/uuid.h"

namespace bodega {

namespace {

QVariant tokens(int count)
{
    return count < 0 ? QVariant() : QVariant(count);
}

QJsonValue tokensJson(int count)
{
    return count < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(count);
}

} // namespace

QJsonObject AiRequestEntry::toJson() const
{
    const AiRequestRecord &r = record;
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("at"), r.at.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("user_id"), r.userId},
                       {QStringLiteral("user"), r.userName},
                       {QStringLiteral("purpose"), r.purpose},
                       {QStringLiteral("data_classes"), dataClassesCode(r.dataClasses)},
                       {QStringLiteral("endpoint"), endpointKindCode(r.endpoint)},
                       {QStringLiteral("endpoint_url"), r.endpointUrl},
                       {QStringLiteral("model"), r.model},
                       {QStringLiteral("latency_ms"), r.latencyMs},
                       {QStringLiteral("prompt_tokens"), tokensJson(r.promptTokens)},
                       {QStringLiteral("completion_tokens"), tokensJson(r.completionTokens)},
                       {QStringLiteral("outcome"), r.outcome},
                       {QStringLiteral("cache_hit"), r.cacheHit},
                       {QStringLiteral("detail"), r.detail}};
}

Status AiRequestLog::record(const AiRequestRecord &r)
{
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO ai_requests (id, at, user_id, user_name, purpose, data_classes, "
            "endpoint, endpoint_url, model, latency_ms, prompt_tokens, completion_tokens, "
            "outcome, cache_hit, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {newId(), r.at.toUTC().toString(Qt::ISODateWithMs), Database::text(r.userId),
         Database::text(r.userName.left(200)), Database::text(r.purpose),
         dataClassesCode(r.dataClasses), endpointKindCode(r.endpoint),
         Database::text(r.endpointUrl), Database::text(r.model), r.latencyMs,
         tokens(r.promptTokens), tokens(r.completionTokens), r.outcome, r.cacheHit ? 1 : 0,
         Database::text(r.detail.left(1000))});
    if (!q)
        return q.error();
    return {};
}

Result<QVector<AiRequestEntry>> AiRequestLog::recent(int limit) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT seq, id, at, user_id, user_name, purpose, data_classes, endpoint, "
                       "endpoint_url, model, latency_ms, prompt_tokens, completion_tokens, "
                       "outcome, cache_hit, detail FROM ai_requests ORDER BY seq DESC LIMIT ?"),
        {limit});
    if (!q)
        return q.error();
    QVector<AiRequestEntry> out;
    while (q->next()) {
        AiRequestEntry e;
        e.seq = q->value(0).toLongLong();
        e.id = q->value(1).toString();
        AiRequestRecord &r = e.record;
        r.at = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
        r.userId = q->value(3).toString();
        r.userName = q->value(4).toString();
        r.purpose = q->value(5).toString();
        r.dataClasses = dataClassesFromCode(q->value(6).toString());
        const QString kind = q->value(7).toString();
        r.endpoint = kind == QLatin1String("offline") ? EndpointKind::Offline
                     : kind == QLatin1String("local") ? EndpointKind::Local
                                                      : EndpointKind::Cloud;
        r.endpointUrl = q->value(8).toString();
        r.model = q->value(9).toString();
        r.latencyMs = q->value(10).toLongLong();
        r.promptTokens = q->value(11).isNull() ? -1 : q->value(11).toInt();
        r.completionTokens = q->value(12).isNull() ? -1 : q->value(12).toInt();
        r.outcome = q->value(13).toString();
        r.cacheHit = q->value(14).toInt() != 0;
        r.detail = q->value(15).toString();
        out << e;
    }
    return out;
}

} // namespace bodega
