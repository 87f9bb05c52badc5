#include "auditedenricher.h"

#include "ai/llmenricher.h"

#include <QElapsedTimer>

namespace bodega {

Result<AiSuggestion> AuditedEnricher::suggest(const AiRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    Result<AiSuggestion> suggestion = m_engine.suggest(request);
    if (!suggestion)
        return suggestion; // bad input: no request was made, nothing to record
    if (m_router && suggestion->fallback) {
        // The record describes the request the LLM would have got.
        const ChatRequest asked = LlmEnricher::buildRequest(request, categories());
        m_router->recordOffline(asked, timer.elapsed(), AiRouter::okOutcome(),
                                QStringLiteral("fallback: %1").arg(suggestion->fallbackCode));
    }
    m_last = *suggestion;
    ++m_byEngine[suggestion->engine];
    if (suggestion->fallback)
        ++m_fallbacks;
    return suggestion;
}

} // namespace bodega
