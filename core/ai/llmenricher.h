#pragma once

#include "ai/aiprovider.h"
#include "ai/chatmodel.h"

#include <QCoreApplication>

namespace bodega {

// Product enrichment by an LLM (SPEC: Product enrichment): the category and
// the description come from the model through structured output whose
// category is an enum of the store's categories(). The offline engine is
// asked first, which validates the input (bad input is its
// VALIDATION_FAILED, and no request leaves the machine) and gives the answer
// kept for when the model cannot: unavailable or breaker open, an error, a
// reply that is not the JSON asked for, or a category outside the list. Such
// an answer is the offline engine's, marked fallback with a reason the UI
// shows. When the model answers, engine is "local" or "cloud".
//
// Requests carry DataClass::Public (a product's name and keywords are
// catalog data) and purpose "describe_product", for the router's audit.
// Safe to call from several threads when the model and the fallback are.
class LlmEnricher : public AiProvider
{
    Q_DECLARE_TR_FUNCTIONS(bodega::LlmEnricher)

public:
    static constexpr int MaxDescriptionLength = 600;
    static constexpr double DefaultConfidence = 0.7; // a model that gives none

    LlmEnricher(ChatModel &model, AiProvider &fallback);

    QString engineName() const override { return endpointKindCode(m_model.kind()); }
    Result<AiSuggestion> suggest(const AiRequest &request) override;
    QStringList categories() const override { return m_fallback.categories(); }
    void learn(const QVector<TrainingExample> &examples) override { m_fallback.learn(examples); }

    // The chat request for one product; the category enum is the store's
    // categories, or only request.category when the caller knows it.
    static ChatRequest buildRequest(const AiRequest &request, const QStringList &categories);

    // The model's answer as a suggestion, or why it is unusable
    // (VALIDATION_FAILED: details.field "content", "category",
    // "description"; details.reason "invalid_reply" or
    // "category_outside_list"). Tolerates a code fence or prose around the
    // JSON object (servers without structured output) and a category that
    // differs only in accents or case.
    static Result<AiSuggestion> parseAnswer(const QString &content, const QStringList &categories);

private:
    AiSuggestion fallBack(AiSuggestion offline, const QString &code, const QString &reason) const;

    ChatModel &m_model;
    AiProvider &m_fallback;
};

} // namespace bodega
