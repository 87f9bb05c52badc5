#pragma once

#include "ai/aiprovider.h"
#include "ai/airouter.h"

#include <QHash>

namespace bodega {

// The AI for the catalog's use cases (bodegactl's commands, the product
// form's "Generate with AI"): the configured engine (an
// LlmEnricher over the AiRouter, or the offline engine alone) plus what the
// command reports afterwards. The router already records every request it
// sends or refuses; when the LLM could not answer and the offline engine's
// suggestion was used instead, this records that answer too
// (AiRouter::recordOffline), so `ai log` shows who really answered; its
// latency is the whole wait, the failed LLM attempt included.
// Without a router (no endpoint configured) nothing is recorded: nothing
// left the machine and no routing decision was made.
class AuditedEnricher final : public AiProvider
{
public:
    AuditedEnricher(AiProvider &engine, AiRouter *router) : m_engine(engine), m_router(router) {}

    QString engineName() const override { return m_engine.engineName(); }
    Result<AiSuggestion> suggest(const AiRequest &request) override;
    QStringList categories() const override { return m_engine.categories(); }
    void learn(const QVector<TrainingExample> &examples) override { m_engine.learn(examples); }

    // What the command prints: the last suggestion, and over all of them how
    // many each engine gave and how many were fallbacks.
    const std::optional<AiSuggestion> &last() const { return m_last; }
    const QHash<QString, int> &byEngine() const { return m_byEngine; }
    int fallbacks() const { return m_fallbacks; }

private:
    AiProvider &m_engine;
    AiRouter *m_router;
    std::optional<AiSuggestion> m_last;
    QHash<QString, int> m_byEngine;
    int m_fallbacks = 0;
};

} // namespace bodega
