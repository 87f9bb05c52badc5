#pragma once

#include "common/result.h"

#include <functional>
#include <optional>
#include <QFlags>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace bodega {

// What a request to an AI carries (SPEC: AI requests routed by data
// sensitivity). The privacy policy decides which endpoint may receive which
// class; the router refuses to send a request to an endpoint its classes
// are not allowed on.
enum class DataClass {
    Public = 0x1,   // the catalog: names, descriptions, categories, prices
    Internal = 0x2, // sales and stock figures
    Personal = 0x4, // customer or user data (names, the conversation of a user)
};
Q_DECLARE_FLAGS(DataClasses, DataClass)
Q_DECLARE_OPERATORS_FOR_FLAGS(DataClasses)

// "public,internal,personal" (in that order), and back; unknown words are
// ignored by the parser.
QString dataClassesCode(DataClasses classes);
DataClasses dataClassesFromCode(const QString &code);

// Where an endpoint runs, which is what the privacy policy is about.
enum class EndpointKind {
    Offline, // the embedded engine: no network at all
    Local,   // an LLM server on loopback (Ollama, llama.cpp, vLLM, LM Studio)
    Cloud,   // anything else
};
QString endpointKindCode(EndpointKind kind); // "offline", "local", "cloud"

// A tool call as the model sent it. `arguments` is the raw JSON text: models
// do send invalid JSON, and the caller must answer that with an error the
// model can read instead of crashing.
struct ToolCall
{
    QString id;
    QString name;
    QString arguments;
};

struct ChatMessage
{
    enum class Role { System, User, Assistant, Tool };
    Role role = Role::User;
    QString content;
    QVector<ToolCall> toolCalls; // assistant turns that call tools
    QString toolCallId;          // tool turns: the call this answers
};

// A tool the model may call: OpenAI's {"type":"function","function":{...}}.
struct ToolSpec
{
    QString name;
    QString description;
    QJsonObject parameters; // JSON Schema, type "object"
};

// Structured output: the reply's content must be JSON matching `schema`.
struct ResponseFormat
{
    QString name; // e.g. "product_enrichment"
    QJsonObject schema;
};

struct ChatRequest
{
    QVector<ChatMessage> messages;
    QVector<ToolSpec> tools;
    std::optional<ResponseFormat> format;
    QString purpose;         // for the audit: describe_product, categorize, assistant, ...
    DataClasses dataClasses; // what the messages contain
    QString userId;          // who asked ('' in a store without users)
    QString userName;
    double temperature = 0.2;
    int maxTokens = 0; // 0: the server's default
    bool stream = false;
    // With stream: each piece of content as it arrives, called on the thread
    // that called chat(). A cached reply arrives as one piece.
    std::function<void(const QString &delta)> onDelta;
};

struct ChatUsage
{
    int promptTokens = -1; // -1: not reported
    int completionTokens = -1;
};

struct ChatReply
{
    ChatMessage message; // role Assistant: content and/or tool calls
    QString finishReason;
    ChatUsage usage;
    QString model;
    EndpointKind endpoint = EndpointKind::Cloud;
    QString endpointUrl;
    qint64 latencyMs = 0;
    bool cacheHit = false;
};

// One chat-completion endpoint. chat() blocks the calling thread until the
// answer (or the error) is in: call it from a worker thread, never the UI.
// Errors: AI_UNAVAILABLE (network, timeout, 5xx after the retries, breaker
// open: details.reason), VALIDATION_FAILED (a 400 the server gave for this
// request), PERMISSION_DENIED (401/403), RATE_LIMITED (429 after the retries).
class ChatModel
{
public:
    virtual ~ChatModel() = default;

    virtual EndpointKind kind() const = 0;
    virtual QString endpointUrl() const = 0;
    virtual QString model() const = 0;
    // False while a circuit breaker is open (or the endpoint is known to be
    // down): callers go to the offline engine without waiting. Thread-safe.
    virtual bool available() const { return true; }
    virtual Result<ChatReply> chat(const ChatRequest &request) = 0;
};

} // namespace bodega
