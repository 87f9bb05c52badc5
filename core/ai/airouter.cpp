#include "airouter.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAiRouter, "bodega.ai.router")

namespace bodega {

AiRouter::AiRouter(QVector<ChatModel *> endpoints, PrivacyPolicy policy, AiRequestSink *log,
                   const Clock &clock)
    : m_endpoints(std::move(endpoints)), m_policy(policy), m_log(log), m_clock(clock)
{
    m_endpoints.removeAll(nullptr);
}

AiStatus AiRouter::status() const
{
    AiStatus s;
    s.endpoints = int(m_endpoints.size());
    bool found = false;
    for (const ChatModel *e : m_endpoints) {
        if (!e->available()) {
            s.breakerOpen = true;
            continue;
        }
        if (!found) {
            found = true;
            s.active = e->kind();
            s.model = e->model();
            s.endpointUrl = e->endpointUrl();
        }
    }
    return s;
}

EndpointKind AiRouter::kind() const
{
    return status().active;
}

QString AiRouter::endpointUrl() const
{
    return status().endpointUrl;
}

QString AiRouter::model() const
{
    return status().model;
}

bool AiRouter::available() const
{
    for (const ChatModel *e : m_endpoints)
        if (e->available())
            return true;
    return false;
}

bool AiRouter::canServe(DataClasses classes) const
{
    for (const ChatModel *e : m_endpoints)
        if (m_policy.allows(e->kind(), classes) && e->available())
            return true;
    return false;
}

AiRequestRecord AiRouter::recordFor(const ChatRequest &request, const ChatModel *endpoint,
                                    qint64 startedMs) const
{
    AiRequestRecord r;
    r.at = QDateTime::fromMSecsSinceEpoch(startedMs, Qt::UTC);
    r.userId = request.userId;
    r.userName = request.userName;
    r.purpose = request.purpose;
    r.dataClasses = request.dataClasses;
    if (endpoint) {
        r.endpoint = endpoint->kind();
        r.endpointUrl = endpoint->endpointUrl();
        r.model = endpoint->model();
    }
    return r;
}

void AiRouter::write(const AiRequestRecord &record)
{
    if (!m_log)
        return;
    // The answer is not withheld for a full disk; the failure is logged.
    if (auto s = m_log->record(record); !s)
        qCWarning(lcAiRouter) << "AI request not recorded:" << s.error().codeName()
                              << s.error().message;
}

Result<ChatReply> AiRouter::chat(const ChatRequest &request)
{
    const qint64 started = m_clock.nowMs();
    bool anyAllowed = false;
    QString lastReason;
    QString lastMessage;
    for (ChatModel *endpoint : std::as_const(m_endpoints)) {
        AiRequestRecord r = recordFor(request, endpoint, m_clock.nowMs());
        if (const DataClasses refused = m_policy.refused(endpoint->kind(), request.dataClasses)) {
            r.outcome = deniedOutcome();
            r.detail = QStringLiteral("policy: %1 data may not go to %2")
                           .arg(dataClassesCode(refused), endpointKindCode(endpoint->kind()));
            write(r);
            continue;
        }
        anyAllowed = true;
        if (!endpoint->available()) {
            r.outcome = errorCodeName(ErrorCode::AiUnavailable);
            r.detail = QStringLiteral("unavailable (breaker open)");
            lastReason = QStringLiteral("breaker_open");
            write(r);
            continue;
        }
        auto reply = endpoint->chat(request);
        const qint64 measured = m_clock.nowMs() - r.at.toMSecsSinceEpoch();
        if (!reply) {
            r.latencyMs = measured;
            r.outcome = reply.error().codeName();
            r.detail = reply.error().message.left(500);
            write(r);
            if (reply.error().code != ErrorCode::AiUnavailable)
                return reply.error();
            lastReason = reply.error().details.value(QStringLiteral("reason")).toString();
            lastMessage = reply.error().message;
            continue;
        }
        ChatReply out = *reply;
        out.endpoint = endpoint->kind();
        if (out.endpointUrl.isEmpty())
            out.endpointUrl = endpoint->endpointUrl();
        if (out.model.isEmpty())
            out.model = endpoint->model();
        // The endpoint's own figure when it gave one (it knows what was
        // network), else what the router saw.
        if (out.latencyMs <= 0)
            out.latencyMs = measured;
        r.model = out.model;
        r.latencyMs = out.latencyMs;
        r.promptTokens = out.usage.promptTokens;
        r.completionTokens = out.usage.completionTokens;
        r.cacheHit = out.cacheHit;
        r.outcome = okOutcome();
        write(r);
        return out;
    }
    const QString classes = dataClassesCode(request.dataClasses ? request.dataClasses
                                                                : DataClasses(DataClass::Personal));
    QVariantMap details{{QStringLiteral("data_classes"), classes},
                        {QStringLiteral("elapsed_ms"), m_clock.nowMs() - started}};
    if (!m_endpoints.isEmpty() && !anyAllowed) {
        details.insert(QStringLiteral("reason"), QStringLiteral("policy"));
        return Error{ErrorCode::AiUnavailable,
                     tr("The privacy policy lets no configured AI receive %1 data").arg(classes),
                     details};
    }
    details.insert(QStringLiteral("reason"), QStringLiteral("unavailable"));
    if (!lastReason.isEmpty())
        details.insert(QStringLiteral("cause"), lastReason);
    return Error{
        ErrorCode::AiUnavailable,
        m_endpoints.isEmpty()
            ? tr("No AI endpoint is configured")
            : (lastMessage.isEmpty() ? tr("The AI endpoints are not available") : lastMessage),
        details};
}

void AiRouter::recordOffline(const ChatRequest &request, qint64 latencyMs, const QString &outcome,
                             const QString &detail)
{
    AiRequestRecord r = recordFor(request, nullptr, m_clock.nowMs());
    r.endpoint = EndpointKind::Offline;
    r.model = QStringLiteral("offline");
    r.latencyMs = latencyMs;
    r.outcome = outcome;
    r.detail = detail;
    write(r);
}

} // namespace bodega
