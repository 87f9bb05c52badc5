#pragma once

#include "ai/airouter.h"
#include "assistant/assistant.h"
#include "assistant/assistanthistory.h"
#include "assistant/storetools.h"
#include "assistant/toolregistry.h"
#include "catalog/catalogservice.h"
#include "security/airequestlog.h"

#include <memory>

namespace bodega {

// The assistant over one store connection, wired the way every front end
// needs it: the store's tools on the one registry (write tools only when
// the admin turned them on), the history, and the LLM reached through an
// AiRouter over the configured endpoint, so the privacy policy decides
// what may leave the machine and every request — the offline engine's
// answers too — lands in the AI request log. Lives on the thread that owns
// `db` (the GUI's AiWorker).
class AssistantSession
{
public:
    AssistantSession(Database &db, AiProvider &engine, const Clock &clock = Clock::system());

    // The configured LLM (null: offline only) and the policy that decides
    // which requests it may receive. Shared with whoever else sends to it,
    // so they share its circuit breaker.
    void setEndpoint(std::shared_ptr<ChatModel> endpoint, const PrivacyPolicy &policy);
    void setWritesEnabled(bool enabled) { m_registry.setWritesEnabled(enabled); }

    // As Assistant::ask, for the user signed in (nullopt: nobody, allowed
    // only while the store has no users).
    Result<AssistantAnswer> ask(const std::optional<Actor> &actor, const QString &text,
                                const QString &language);

    // A category and description for a product being entered ("Generate
    // with AI"): the LLM's when an endpoint is configured and answers
    // (LlmEnricher, through the router), else the offline engine's, marked
    // as a fallback with its reason when an LLM was expected. The LLM's
    // requests and the offline stand-in's answers are in the AI request
    // log (AuditedEnricher); without an endpoint nothing is routed, and
    // nothing is recorded.
    Result<AiSuggestion> describe(const AiRequest &request);

    // Teaches the offline engine the store's own categories (describe_product).
    Status trainEngine() { return m_catalog.trainAi(); }

    AssistantHistory &history() { return m_history; }
    const ToolRegistry &registry() const { return m_registry; }

private:
    ToolContext contextFor(const std::optional<Actor> &actor, const QString &language);

    Database &m_db;
    const Clock &m_clock;
    AiProvider &m_engine;
    CatalogService m_catalog;
    ToolRegistry m_registry;
    StoreTools m_tools;
    AssistantHistory m_history;
    AiRequestLog m_log;
    std::shared_ptr<ChatModel> m_endpoint;
    std::unique_ptr<AiRouter> m_router;
    Assistant m_assistant;
};

} // namespace bodega
