#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace bodega {

// What the caller knows about a product it wants enriched.
struct AiRequest
{
    QString name;
    QStringList keywords;
    QString category;                  // when known, the description uses it and no category is suggested
    QString language = QStringLiteral("es"); // "es" or "en"
    QString unit;                      // "unit", "kg", "l" (optional)
};

struct AiSuggestion
{
    QString category;      // one of categories()
    double confidence = 0; // 0..1, calibrated enough to rank and to threshold
    QStringList alternatives; // next best categories, best first
    QString description;   // plain text, in the requested language
    QString engine;        // which engine answered, e.g. "offline"
    // The engine that was asked could not answer and the offline engine did
    // (LlmEnricher): the UI says so with fallbackReason (translated);
    // fallbackCode is machine-readable (breaker_open, timeout, network,
    // server_error, rate_limited, invalid_reply, category_outside_list, ...).
    bool fallback = false;
    QString fallbackReason;
    QString fallbackCode;
};

// A categorized product the engine can learn from.
struct TrainingExample
{
    QString name;
    QStringList keywords;
    QString category;
};

// One interface for every AI engine (SPEC: Architecture, AI). The embedded
// offline engine always exists; LlmEnricher puts an LLM behind the same
// interface. suggest() may block: call it from a worker thread, never the UI.
// Implementations must be safe to call from several threads at once.
class AiProvider
{
public:
    virtual ~AiProvider() = default;

    virtual QString engineName() const = 0;
    virtual Result<AiSuggestion> suggest(const AiRequest &request) = 0;
    virtual QStringList categories() const = 0;
    // Incremental training from the store's own catalog; engines that cannot
    // learn ignore it.
    virtual void learn(const QVector<TrainingExample> &examples) { Q_UNUSED(examples); }
};

} // namespace bodega
