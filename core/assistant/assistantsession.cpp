#include "assistantsession.h"

#include "ai/auditedenricher.h"
#include "ai/llmenricher.h"
#include "security/userstore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAssistantSession, "bodega.assistant.session")

namespace bodega {

AssistantSession::AssistantSession(Database &db, AiProvider &engine, const Clock &clock)
    : m_db(db), m_clock(clock), m_engine(engine), m_catalog(db, engine, clock),
      m_tools(m_catalog, db, clock), m_history(db, clock), m_log(db), m_assistant(m_registry, clock)
{
    m_tools.registerAll(m_registry);
    m_assistant.setHistory(&m_history);
    setEndpoint(nullptr, PrivacyPolicy());
}

void AssistantSession::setEndpoint(std::shared_ptr<ChatModel> endpoint, const PrivacyPolicy &policy)
{
    m_endpoint = std::move(endpoint);
    QVector<ChatModel *> endpoints;
    if (m_endpoint)
        endpoints << m_endpoint.get();
    m_router = std::make_unique<AiRouter>(endpoints, policy, &m_log, m_clock);
    // Without an endpoint the assistant is offline by design, not by failure:
    // no "the AI is unavailable" notice, but its answers are still audited.
    m_assistant.setChatModel(m_endpoint ? m_router.get() : nullptr);
    m_assistant.setOfflineRecorder(
        [router = m_router.get()](const ChatRequest &request, qint64 latencyMs) {
            router->recordOffline(request, latencyMs);
        });
}

ToolContext AssistantSession::contextFor(const std::optional<Actor> &actor, const QString &language)
{
    // Counted per question: the first user of a store being set up closes
    // the door for nobody at once.
    const auto users = UserStore(m_db, m_clock).count();
    m_registry.setActiveUsers(users ? *users : 1);
    return ToolContext{actor, language};
}

Result<AssistantAnswer> AssistantSession::ask(const std::optional<Actor> &actor,
                                              const QString &text, const QString &language)
{
    const ToolContext context = contextFor(actor, language);
    m_catalog.setActor(actor);
    return m_assistant.ask(context, text);
}

Result<AiSuggestion> AssistantSession::describe(const AiRequest &request)
{
    if (!m_endpoint)
        return m_engine.suggest(request); // nothing leaves the machine, nothing is routed
    LlmEnricher llm(*m_router, m_engine);
    return AuditedEnricher(llm, m_router.get()).suggest(request);
}

} // namespace bodega
