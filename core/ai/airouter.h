#pragma once

#include "ai/airequestsink.h"
#include "ai/chatmodel.h"
#include "ai/privacypolicy.h"
#include "common/clock.h"

#include <QCoreApplication>
#include <QVector>

namespace bodega {

// What the status bar shows about the AI.
struct AiStatus
{
    // Who answers a public request now: the first endpoint that is
    // available, else the offline engine.
    EndpointKind active = EndpointKind::Offline;
    QString model; // empty for the offline engine
    QString endpointUrl;
    bool breakerOpen = false; // a configured endpoint is not available (its breaker is open)
    int endpoints = 0;        // how many are configured
};

// The one door to the LLM endpoints (SPEC: a router picks by privacy class
// and availability; every request is audited). chat() sends the request to
// the first endpoint, in the order given, that the policy lets receive every
// data class of the request and that is available(); an endpoint that
// answers AI_UNAVAILABLE hands over to the next one. Every endpoint it
// refused, skipped or tried is recorded in the sink, so a personal question
// refused by the cloud leaves a "denied" row before the offline engine's
// answer (recordOffline) explains who answered instead.
//
// Errors: AI_UNAVAILABLE with details.reason "policy" (no endpoint may
// receive these classes) or "unavailable" (those that may are down or none
// is configured; details.cause: the last endpoint's reason); other errors of
// the endpoint as they came.
//
// The endpoints are not owned and must outlive the router. The sink is called
// on the calling thread: a thread with its own store connection gets its own
// router over the same endpoints (routers are cheap).
class AiRouter : public ChatModel
{
    Q_DECLARE_TR_FUNCTIONS(bodega::AiRouter)

public:
    AiRouter(QVector<ChatModel *> endpoints, PrivacyPolicy policy, AiRequestSink *log,
             const Clock &clock);

    // The active endpoint's (see AiStatus); the offline engine's when none is.
    EndpointKind kind() const override;
    QString endpointUrl() const override;
    QString model() const override;
    // Some endpoint is available (the router itself never blocks on a breaker).
    bool available() const override;
    Result<ChatReply> chat(const ChatRequest &request) override;

    // Would chat() find an endpoint for `classes` now? Lets a caller go
    // straight to the offline engine without building an LLM prompt.
    bool canServe(DataClasses classes) const;
    // The offline engine answered `request` instead (or alone): recorded like
    // any other decision, endpoint "offline".
    void recordOffline(const ChatRequest &request, qint64 latencyMs,
                       const QString &outcome = QStringLiteral("ok"), const QString &detail = {});
    AiStatus status() const;
    const PrivacyPolicy &policy() const { return m_policy; }
    static QString deniedOutcome() { return QStringLiteral("denied"); }
    static QString okOutcome() { return QStringLiteral("ok"); }

private:
    AiRequestRecord recordFor(const ChatRequest &request, const ChatModel *endpoint,
                              qint64 startedMs) const;
    void write(const AiRequestRecord &record);

    QVector<ChatModel *> m_endpoints;
    PrivacyPolicy m_policy;
    AiRequestSink *m_log;
    const Clock &m_clock;
};

} // namespace bodega
