#pragma once

#include "ai/chatmodel.h"
#include "assistant/assistanthistory.h"
#include "assistant/intentengine.h"
#include "assistant/toolregistry.h"
#include "common/clock.h"

#include <functional>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace bodega {

// A tool the assistant called to answer, as the pane may show it.
struct AssistantToolCall
{
    QString name;
    QJsonObject arguments;
    bool ok = false;
    QString errorCode; // when !ok: VALIDATION_FAILED, PERMISSION_DENIED, ...
};

struct AssistantAnswer
{
    QString text;     // in the language of the question
    QString language; // "es" | "en"
    QVector<CitedProduct> products;
    QString engine; // offline | local | cloud
    // Set when an LLM was configured but the offline engine answered
    // (unavailable, failed, refused by the privacy policy, out of steps).
    QString notice;
    QVector<AssistantToolCall> toolCalls;
    QString conversation; // the conversation this turn belongs to
};

struct AssistantOptions
{
    // Tool-calling rounds one question may take with an LLM.
    int maxSteps = 5;
    // Per-user token bucket: a burst of `burst` questions, then one every
    // `refillMs` (10 and 3 s: 20 a minute, more than anyone types).
    int burst = 10;
    qint64 refillMs = 3000;
    // How long a follow-up ("¿y el de 1 kg?") still refers to the last
    // question, and the conversation stays the same.
    qint64 contextTtlMs = 5 * 60 * 1000;
    // Earlier turns of the live conversation an LLM sees.
    int contextTurns = 6;
};

// The assistant (SPEC: Assistant; issue 5, point 4): answers a user's
// question with the store's tools, through an LLM's tool calls when one is
// configured and available, otherwise (or when it fails) through the
// offline intent engine. Both paths call the same ToolRegistry with the
// user's ToolContext, so permissions and write switches hold either way.
//
// Data classes (what ChatRequest::dataClasses says, for the router): a
// question is about the store's business, so every LLM request carries
// Internal; nothing that names the user (id, name) goes into the messages,
// and no store tool returns customer or user data, so none is Personal.
// The tools offered and the tool results already in the messages add their
// Tool::dataClasses. With the default policy a question therefore goes to a
// local LLM, and to a cloud one only where an admin let internal data go
// there.
//
// Not thread-safe across threads for the same registry: call ask() from
// the thread that owns the store the tools read (a worker in the GUI);
// the per-user state is guarded so several users' questions may
// interleave on that thread.
class Assistant
{
    Q_DECLARE_TR_FUNCTIONS(bodega::Assistant)

public:
    Assistant(const ToolRegistry &registry, const Clock &clock = Clock::system(),
              AssistantOptions options = {});

    // The LLM, or nullptr for offline only. Not owned.
    void setChatModel(ChatModel *model) { m_model = model; }
    // Where turns are kept, or nullptr for none. Not owned.
    void setHistory(AssistantHistory *history) { m_history = history; }
    // Told of every answer the offline engine gave (alone, or instead of an
    // LLM), so the AI request audit has it too (AiRouter::recordOffline).
    using OfflineRecorder = std::function<void(const ChatRequest &request, qint64 latencyMs)>;
    void setOfflineRecorder(OfflineRecorder recorder) { m_offlineRecorder = std::move(recorder); }

    // RATE_LIMITED (details.retry_after_ms) when the user asked too often;
    // VALIDATION_FAILED (field "text") for an empty or oversized question.
    // Otherwise an answer, also when a tool refused (the answer says why).
    Result<AssistantAnswer> ask(const ToolContext &context, const QString &text);

    // Drops the short-lived context of a user (a new conversation starts).
    void resetContext(const QString &userId);

    static constexpr int MaxQuestionLength = 2000;

private:
    struct Context
    {
        qint64 expiresAtMs = 0;
        QString conversation;
        QString tool;
        QJsonObject arguments;
        QString productPhrase;
        QVector<CitedProduct> products;
        QVector<ChatMessage> turns; // user and assistant texts, for an LLM
    };
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };

    Status takeToken(const QString &userId);
    Context liveContext(const QString &userId);
    void remember(const QString &userId, const Context &context);

    AssistantAnswer offline(const ToolContext &context, const QString &text, Context &memory);
    Result<AssistantAnswer> withModel(const ToolContext &context, const QString &text,
                                      Context &memory);
    // Runs a tool through the registry and notes the call in `answer`.
    Result<QJsonObject> call(const QString &tool, const QJsonObject &arguments,
                             const ToolContext &context, AssistantAnswer &answer) const;
    // search_products for a phrase, best matches first (all equally good
    // ones, at most `limit`).
    QVector<QJsonObject> resolve(const QString &phrase, const ToolContext &context,
                                 AssistantAnswer &answer, int limit) const;

    const ToolRegistry &m_registry;
    const Clock &m_clock;
    AssistantOptions m_options;
    IntentEngine m_intents;
    ChatModel *m_model = nullptr;
    AssistantHistory *m_history = nullptr;
    OfflineRecorder m_offlineRecorder;
    QMutex m_mutex;
    QHash<QString, Context> m_contexts;
    QHash<QString, Bucket> m_buckets;
};

} // namespace bodega
